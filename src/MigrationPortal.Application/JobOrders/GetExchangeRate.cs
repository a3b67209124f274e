using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

public sealed record GetExchangeRateQuery(long Id) : IQuery<ExchangeRateEntry>;

public sealed record ExchangeRateEntry(long Id, string CurrencyCode, DateOnly Date, decimal UsdPerUnit, DateTimeOffset? RetiredAt, uint Version, IReadOnlyList<WageReferenceEvent> History);

public sealed class GetExchangeRateHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetExchangeRateQuery, ExchangeRateEntry>
{
    public async ValueTask<ExchangeRateEntry> Handle(GetExchangeRateQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var rate = await db.ExchangeRates.AsNoTracking()
            .Where(r => r.Id == query.Id)
            .Select(r => new { r.Id, r.CurrencyCode, r.Date, r.UsdPerUnit, r.RetiredAt, r.Version })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var history = await WageReferences.HistoryAsync(db, WageReferenceKind.ExchangeRate, query.Id, cancellationToken);
        return new ExchangeRateEntry(rate.Id, rate.CurrencyCode, rate.Date, rate.UsdPerUnit, rate.RetiredAt, rate.Version, history);
    }
}
