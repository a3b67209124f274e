using System.Globalization;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>A reference row's value and its names in the four languages, as the lists of options read it.</summary>
internal sealed record NameRow(string Value, string UzLatn, string UzCyrl, string Ru, string En)
{
    public Option ToOption(CultureInfo culture) => new(Value, LocalizedNameExtensions.PickName(culture, UzLatn, UzCyrl, Ru, En));

    /// <summary>Reference lists for forms are small tables, read in full and sorted in the user's language.</summary>
    public static List<Option> Sorted(List<NameRow> rows)
    {
        var culture = CultureInfo.CurrentUICulture;
        return [.. rows.Select(r => r.ToOption(culture)).OrderBy(o => o.Text, StringComparer.Create(culture, ignoreCase: true))];
    }
}
