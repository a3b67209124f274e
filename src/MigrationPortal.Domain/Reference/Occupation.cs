using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>An ISCO-08 occupation group: a major group (1 digit) or a unit group (4 digits).</summary>
public sealed class Occupation : ILocalizedName
{
    public required string Code { get; init; }

    /// <summary>The major group's code for a unit group; null for a major group.</summary>
    public string? MajorGroupCode { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
