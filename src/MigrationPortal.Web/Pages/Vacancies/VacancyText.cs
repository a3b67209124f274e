using Microsoft.Extensions.Localization;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Localization;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>How a vacancy's money reads in the user's language: "2 450 000 KRW / oy", "≈ 1 850 USD a month".</summary>
public static class VacancyText
{
    public static string Wage(IStringLocalizer text, decimal amount, string currencyCode, WagePeriod period)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[period == WagePeriod.Hour ? "Vacancy.PerHour" : "Vacancy.PerMonth", MoneyText.Of(amount, currencyCode)];
    }

    public static string UsdPerMonth(IStringLocalizer text, decimal usd)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Vacancy.UsdPerMonth", MoneyText.Of(decimal.Round(usd, 0), "USD")];
    }
}
