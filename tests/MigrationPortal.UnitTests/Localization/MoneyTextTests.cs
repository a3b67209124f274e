using System.Globalization;
using MigrationPortal.Web.Localization;

namespace MigrationPortal.UnitTests.Localization;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData(2_450_000, "KRW", "2,450,000 KRW")]
    [InlineData(2_450_000.40, "KRW", "2,450,000 KRW")]
    [InlineData(180_000.5, "JPY", "180,001 JPY")]
    [InlineData(6_500_000.75, "UZS", "6,500,001 UZS")]
    [InlineData(1_850, "USD", "1,850 USD")]
    [InlineData(1_850.5, "USD", "1,850.50 USD")]
    [InlineData(99.99, "EUR", "99.99 EUR")]
    public void Whole_unit_currencies_show_no_decimals_and_the_others_show_cents_when_there_are_some(double amount, string currency, string expected) =>
        InCulture("en", () => MoneyText.Of((decimal)amount, currency)).ShouldBe(expected);

    [Theory]
    [InlineData("ru", "2\u00A0650\u00A0000 KRW")]
    [InlineData("en", "2,650,000 KRW")]
    public void Digits_are_grouped_as_the_user_language_writes_them(string culture, string expected)
    {
        var shown = InCulture(culture, () => MoneyText.Of(2_650_000.00m, "KRW"));

        shown.Replace('\u202F', '\u00A0').ShouldBe(expected);
    }

    [Fact]
    public void The_amount_alone_carries_no_code() =>
        InCulture("en", () => MoneyText.Amount(1_500_000m, "UZS")).ShouldBe("1,500,000");

    private static string InCulture(string culture, Func<string> show)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return show();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
