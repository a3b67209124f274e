namespace MigrationPortal.Application.Files;

/// <summary>The types of file the portal accepts, judged from the first bytes, never from the name (docs/design/quality.md, Uploads).</summary>
public static class FileSniffer
{
    public const int MaximumBytes = 10 * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type and file extension of a PDF, PNG or JPEG; null for anything else.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(Pdf) ? ("application/pdf", ".pdf")
        : content.StartsWith(Png) ? ("image/png", ".png")
        : content.StartsWith(Jpeg) ? ("image/jpeg", ".jpg")
        : null;

    /// <summary>A file name as a browser sends it: a bare name, no folder, no way up.</summary>
    public static bool IsBareName(string? fileName) =>
        !string.IsNullOrWhiteSpace(fileName)
        && fileName.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && !fileName.Contains("..", StringComparison.Ordinal);

    /// <summary>The name kept and offered on download: the original's safe letters, with the extension of the real type.</summary>
    public static string SafeName(string fileName, string extension)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var safe = new string([.. stem.Select(c => char.IsWhiteSpace(c) ? '-' : c).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(80)]);
        return (safe.Length == 0 ? "document" : safe) + extension;
    }
}
