using System.Collections.Frozen;
using System.Globalization;

namespace MigrationPortal.Web.Localization;

/// <summary>
/// How an amount of money reads in the user's language, on every page that shows one: "2 450 000 KRW",
/// "1 850 USD", "1 850,50 USD". Currencies that people never write with a fractional part (the won, the yen, and the
/// sum, whose tiyin no longer circulate) show whole units; the others show cents only when there are some.
/// </summary>
public static class MoneyText
{
    private static readonly FrozenSet<string> WholeUnitCurrencies = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UZS", "VND", "VUV", "XAF", "XOF", "XPF");

    /// <summary>The amount alone, in the current culture's digits and separators.</summary>
    public static string Amount(decimal amount, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(currencyCode);
        var shown = WholeUnitCurrencies.Contains(currencyCode) ? decimal.Round(amount, 0, MidpointRounding.AwayFromZero) : amount;
        return shown.ToString(shown == decimal.Truncate(shown) ? "#,0" : "#,0.00", CultureInfo.CurrentCulture);
    }

    /// <summary>The amount followed by its ISO 4217 code.</summary>
    public static string Of(decimal amount, string currencyCode) => $"{Amount(amount, currencyCode)} {currencyCode}";
}
