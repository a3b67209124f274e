using System.Globalization;

namespace MigrationPortal.Domain.Common;

/// <summary>A name kept in the portal's four languages (docs/design/domain.md, Languages of the site).</summary>
public interface ILocalizedName
{
    string NameUzLatn { get; }

    string NameUzCyrl { get; }

    string NameRu { get; }

    string NameEn { get; }
}

public static class LocalizedNameExtensions
{
    public static string NameIn(this ILocalizedName item, CultureInfo culture) =>
        PickName(culture, item.NameUzLatn, item.NameUzCyrl, item.NameRu, item.NameEn);

    /// <summary>Picks the name for the culture; Uzbek Latin is the site's default.</summary>
    public static string PickName(CultureInfo culture, string uzLatn, string uzCyrl, string ru, string en)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name switch
        {
            "uz-Cyrl" => uzCyrl,
            "ru" => ru,
            "en" => en,
            _ => uzLatn,
        };
    }
}
