using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Web.Areas.Admin.Pages.Shared;

/// <summary>An entry's history as the partial _WageReferenceHistory shows it: wages as money, rates as dollars per unit.</summary>
public sealed record WageReferenceHistoryModel(IReadOnlyList<WageReferenceEvent> History, bool Rates)
{
    public string Figure(decimal amount, string? currencyCode) =>
        Rates ? RateText.Of(amount) : Localization.MoneyText.Of(amount, currencyCode ?? "");
}

/// <summary>A rate as administrators type it: up to eight decimals, none trailing.</summary>
public static class RateText
{
    public static string Of(decimal usdPerUnit) => usdPerUnit.ToString("0.########", System.Globalization.CultureInfo.CurrentCulture);
}
