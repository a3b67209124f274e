using System.Globalization;
using Microsoft.Extensions.Localization;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>How a vacancy's money reads in the user's language: "2 450 000 KRW / oy", "≈ 1 850 USD a month".</summary>
public static class VacancyText
{
    public static string Money(decimal amount, string currencyCode) =>
        $"{amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.CurrentCulture)} {currencyCode}";

    public static string Wage(IStringLocalizer text, decimal amount, string currencyCode, WagePeriod period)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[period == WagePeriod.Hour ? "Vacancy.PerHour" : "Vacancy.PerMonth", Money(amount, currencyCode)];
    }

    public static string UsdPerMonth(IStringLocalizer text, decimal usd)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Vacancy.UsdPerMonth", Money(decimal.Round(usd, 0), "USD")];
    }
}
