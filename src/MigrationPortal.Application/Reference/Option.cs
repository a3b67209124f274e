namespace MigrationPortal.Application.Reference;

/// <summary>One choice of a drop-down list, its text in the user's language.</summary>
public sealed record Option(string Value, string Text, string? Group = null);
