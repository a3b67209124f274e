using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

public sealed record GetMinimumWageQuery(long Id) : IQuery<MinimumWageEntry>;

public sealed record MinimumWageEntry(
    long Id,
    string Country,
    DateOnly ValidFrom,
    decimal MonthlyAmount,
    string CurrencyCode,
    string Source,
    DateTimeOffset? RetiredAt,
    uint Version,
    IReadOnlyList<WageReferenceEvent> History);

public sealed class GetMinimumWageHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMinimumWageQuery, MinimumWageEntry>
{
    public async ValueTask<MinimumWageEntry> Handle(GetMinimumWageQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var row = await db.MinimumWages.AsNoTracking()
            .Where(w => w.Id == query.Id)
            .Join(db.Countries, w => w.CountryCode, c => c.Code, (w, c) => new { w, c })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var history = await WageReferences.HistoryAsync(db, WageReferenceKind.MinimumWage, query.Id, cancellationToken);
        return new MinimumWageEntry(
            row.w.Id, row.c.NameIn(CultureInfo.CurrentUICulture), row.w.ValidFrom, row.w.MonthlyAmount, row.w.CurrencyCode, row.w.Source, row.w.RetiredAt, row.w.Version, history);
    }
}
