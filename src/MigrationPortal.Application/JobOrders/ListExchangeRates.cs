using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.JobOrders;

public sealed record ExchangeRateRow(long Id, string CurrencyCode, DateOnly Date, decimal UsdPerUnit, bool Retired);

public sealed record ListExchangeRatesQuery : IQuery<IReadOnlyList<ExchangeRateRow>>;

public sealed class ListExchangeRatesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListExchangeRatesQuery, IReadOnlyList<ExchangeRateRow>>
{
    public async ValueTask<IReadOnlyList<ExchangeRateRow>> Handle(ListExchangeRatesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        return await db.ExchangeRates.AsNoTracking()
            .OrderByDescending(r => r.Date).ThenBy(r => r.CurrencyCode).ThenBy(r => r.RetiredAt != null)
            .Take(WageReferences.ListLimit)
            .Select(r => new ExchangeRateRow(r.Id, r.CurrencyCode, r.Date, r.UsdPerUnit, r.RetiredAt != null))
            .ToListAsync(cancellationToken);
    }
}
