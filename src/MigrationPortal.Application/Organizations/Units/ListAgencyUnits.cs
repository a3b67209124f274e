using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Units;

/// <summary>The agency's organization tree: every unit of one kind with where it sits and how many staff it has.</summary>
public sealed record ListAgencyUnitsAdminQuery(AgencyUnitKind Kind) : IQuery<IReadOnlyList<AgencyUnitListItem>>;

public sealed record AgencyUnitListItem(Guid Id, AgencyUnitKind Kind, string Name, string Place, bool IsActive, int StaffCount);

public sealed class ListAgencyUnitsAdminHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAgencyUnitsAdminQuery, IReadOnlyList<AgencyUnitListItem>>
{
    public async ValueTask<IReadOnlyList<AgencyUnitListItem>> Handle(ListAgencyUnitsAdminQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor);
        var rows = await db.AgencyUnits.AsNoTracking()
            .Where(u => u.Kind == query.Kind)
            .Select(u => new
            {
                Unit = u,
                Region = db.Regions.FirstOrDefault(r => r.Id == u.RegionId),
                Country = db.Countries.FirstOrDefault(c => c.Code == u.CountryCode),
                StaffCount = db.Users.Count(x => x.UnitId == u.Id),
            })
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            .. rows
                .Select(r => new AgencyUnitListItem(
                    r.Unit.Id,
                    r.Unit.Kind,
                    r.Unit.NameIn(culture),
                    ((ILocalizedName?)r.Region ?? r.Country)?.NameIn(culture) ?? "",
                    r.Unit.IsActive,
                    r.StaffCount))
                .OrderBy(u => u.Name, StringComparer.Create(culture, ignoreCase: true)),
        ];
    }
}
