using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>One of the 14 territorial units (docs/design/domain.md, Territorial units): the Republic of Karakalpakstan, 12 regions and Tashkent city.</summary>
public sealed class Region : ILocalizedName
{
    public int Id { get; init; }

    /// <summary>ISO 3166-2 code, e.g. UZ-SA for Samarkand.</summary>
    public required string Code { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
