namespace MigrationPortal.EndToEndTests;

/// <summary>The screens a journey is walked on: a small phone (most citizens) and a desktop (staff).</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public const string PhoneName = "phone";

    public const string DesktopName = "desktop";

    public static Viewport Phone { get; } = new(PhoneName, 360, 740, IsMobile: true);

    public static Viewport Desktop { get; } = new(DesktopName, 1280, 800, IsMobile: false);

    /// <summary>For [Theory] data, which is kept as plain names so that each case reads well in a test list.</summary>
    public static Viewport Named(string name) => name switch
    {
        PhoneName => Phone,
        DesktopName => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown viewport."),
    };
}
