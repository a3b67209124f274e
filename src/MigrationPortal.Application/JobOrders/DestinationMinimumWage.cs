using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>The destination's minimum monthly wage in force on a day, as administrators recorded it (a retired figure is not).</summary>
public sealed record MinimumWageInForce(decimal MonthlyAmount, string CurrencyCode, DateOnly ValidFrom, string Source);

public static class DestinationMinimumWage
{
    public static Task<MinimumWageInForce?> FindAsync(IPortalDbContext db, string countryCode, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MinimumWages.AsNoTracking()
            .Where(m => m.CountryCode == countryCode && m.ValidFrom <= day && m.RetiredAt == null)
            .OrderByDescending(m => m.ValidFrom)
            .Select(m => new MinimumWageInForce(m.MonthlyAmount, m.CurrencyCode, m.ValidFrom, m.Source))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The minimum in the order's currency, through each currency's latest rate to the dollar; refused, naming the
    /// currency, when the agency has recorded no rate for it.
    /// </summary>
    public static async Task<decimal> InCurrencyAsync(IPortalDbContext db, MinimumWageInForce minimum, string currencyCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(minimum);
        if (minimum.CurrencyCode == currencyCode)
        {
            return minimum.MonthlyAmount;
        }

        var fromRate = await JobOrderSearchIndex.UsdPerUnitAsync(db, minimum.CurrencyCode, cancellationToken)
            ?? throw new DomainRuleException("Rule.JobOrder.NoExchangeRate", minimum.CurrencyCode);
        var toRate = await JobOrderSearchIndex.UsdPerUnitAsync(db, currencyCode, cancellationToken)
            ?? throw new DomainRuleException("Rule.JobOrder.NoExchangeRate", currencyCode);
        return Math.Round(minimum.MonthlyAmount * fromRate / toRate, 2);
    }
}
