using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.JobOrders;

public sealed record MinimumWageRow(long Id, string Country, DateOnly ValidFrom, decimal MonthlyAmount, string CurrencyCode, string Source, bool Retired);

public sealed record ListMinimumWagesQuery : IQuery<IReadOnlyList<MinimumWageRow>>;

public sealed class ListMinimumWagesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMinimumWagesQuery, IReadOnlyList<MinimumWageRow>>
{
    public async ValueTask<IReadOnlyList<MinimumWageRow>> Handle(ListMinimumWagesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var rows = await db.MinimumWages.AsNoTracking()
            .Join(db.Countries, w => w.CountryCode, c => c.Code, (w, c) => new { w, c })
            .OrderByDescending(x => x.w.ValidFrom).ThenByDescending(x => x.w.Id)
            .Take(WageReferences.ListLimit)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return [.. rows.Select(x => new MinimumWageRow(x.w.Id, x.c.NameIn(culture), x.w.ValidFrom, x.w.MonthlyAmount, x.w.CurrencyCode, x.w.Source, x.w.RetiredAt != null))];
    }
}
