using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Organizations.Units;

/// <summary>
/// The agency's organization tree: every unit of one kind with where it sits, how many staff it has, and whether
/// citizens wait for verification there with no officer who could take them (an open officer account in the unit).
/// </summary>
public sealed record ListAgencyUnitsAdminQuery(AgencyUnitKind Kind) : IQuery<IReadOnlyList<AgencyUnitListItem>>;

public sealed record AgencyUnitListItem(Guid Id, AgencyUnitKind Kind, string Name, string Place, bool IsActive, int StaffCount, int Waiting, bool NeedsOfficer);

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
                Officers = db.Users.Count(x => x.UnitId == u.Id && x.Kind == UserKind.Officer && x.LockoutEnd != AccountAccessRules.DisabledUntil),
            })
            .ToListAsync(cancellationToken);
        var waiting = await db.WorkerProfiles.AsNoTracking().ReviewableIn(null)
            .Where(p => p.Status == ProfileStatus.Submitted && p.UnitId != null)
            .GroupBy(p => p.UnitId!.Value)
            .Select(g => new { Unit = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Unit, g => g.Count, cancellationToken);
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
                    r.StaffCount,
                    waiting.GetValueOrDefault(r.Unit.Id),
                    waiting.GetValueOrDefault(r.Unit.Id) > 0 && r.Officers == 0))
                .OrderBy(u => u.Name, StringComparer.Create(culture, ignoreCase: true)),
        ];
    }
}
