namespace MigrationPortal.Domain.Common;

/// <summary>A text given in the portal's four languages.</summary>
public sealed record LocalizedText(string UzLatn, string UzCyrl, string Ru, string En);
