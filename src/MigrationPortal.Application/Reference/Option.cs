namespace MigrationPortal.Application.Reference;

/// <summary>
/// One choice of a drop-down list, its text in the user's language. <paramref name="Keywords"/> are further words a
/// filtered list finds it by (an occupation's code and its names in the portal's other languages).
/// </summary>
public sealed record Option(string Value, string Text, string? Group = null, string? Keywords = null);
