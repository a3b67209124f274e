using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>A destination country of the agency's programs, keyed by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Country : ILocalizedName
{
    public required string Code { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
