using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// Keeps a job order findable: the text search looks in (title, city, employer, and the occupation and country in
/// Uzbek Latin and Cyrillic, Russian and English), and its monthly wage in US dollars at the latest recorded rate.
/// Run it whenever an order's terms are saved or it is published.
/// </summary>
public static class JobOrderSearchIndex
{
    public static async Task RefreshAsync(IPortalDbContext db, JobOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        var occupation = await db.Occupations.AsNoTracking().SingleAsync(o => o.Code == order.OccupationCode, cancellationToken);
        var country = await db.Countries.AsNoTracking().SingleAsync(c => c.Code == order.CountryCode, cancellationToken);
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == order.OrganizationId).Select(e => e.LegalName).SingleOrDefaultAsync(cancellationToken);
        var usdPerUnit = await UsdPerUnitAsync(db, order.CurrencyCode, cancellationToken);
        var text = string.Join(
            ' ',
            new[]
            {
                order.Title, order.City, employer ?? "",
                occupation.NameUzLatn, occupation.NameUzCyrl, occupation.NameRu, occupation.NameEn,
                country.NameUzLatn, country.NameUzCyrl, country.NameRu, country.NameEn,
            }.Where(part => part.Length > 0));
        order.Index(Normalize(text), usdPerUnit is { } rate ? Math.Round(order.MonthlyWage * rate, 2) : null);
    }

    /// <summary>The latest rate the agency recorded for a currency and has not retired; a dollar is a dollar.</summary>
    public static async Task<decimal?> UsdPerUnitAsync(IPortalDbContext db, string currencyCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return currencyCode == "USD"
            ? 1m
            : await db.ExchangeRates.AsNoTracking()
                .Where(r => r.CurrencyCode == currencyCode && r.RetiredAt == null)
                .OrderByDescending(r => r.Date)
                .Select(r => (decimal?)r.UsdPerUnit)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Lower case, and the several apostrophes of Uzbek Latin (o‘, g‘, ʼ) as one, so "o'zbek" finds "o‘zbek".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToLowerInvariant().Replace('‘', '\'').Replace('’', '\'').Replace('ʻ', '\'').Replace('ʼ', '\'').Replace('`', '\'');
    }
}
