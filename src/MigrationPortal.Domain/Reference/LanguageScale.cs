using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Reference;

/// <summary>A scale that language levels are measured on: CEFR, TOPIK, JLPT.</summary>
public sealed class LanguageScale : ILocalizedName
{
    public required string Code { get; init; }

    public required string NameUzLatn { get; init; }

    public required string NameUzCyrl { get; init; }

    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
}

/// <summary>One level of a scale. <see cref="Rank"/> orders levels from lowest to highest.</summary>
public sealed class LanguageLevel
{
    public int Id { get; init; }

    public required string ScaleCode { get; init; }

    /// <summary>The level as the scale writes it: A1, TOPIK 3, N5.</summary>
    public required string Code { get; init; }

    public int Rank { get; init; }
}
