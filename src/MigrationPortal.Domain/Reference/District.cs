using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>A district (tuman) or city within a territorial unit.</summary>
public sealed class District : ILocalizedName
{
    public int Id { get; init; }

    public int RegionId { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
