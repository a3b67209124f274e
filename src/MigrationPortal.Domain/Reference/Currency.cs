using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>A currency in use, keyed by its ISO 4217 code.</summary>
public sealed class Currency : ILocalizedName
{
    public required string Code { get; init; }

    /// <summary>Digits after the decimal point (0 for KRW and JPY, 2 for most).</summary>
    public int MinorUnits { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}
