using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>A language, keyed by its ISO 639-1 code, with the scale its levels are given on.</summary>
public sealed class Language : ILocalizedName
{
    public required string Code { get; init; }

    public required string ScaleCode { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
