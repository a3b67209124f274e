using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>For a supervisor: how many profiles wait in each territorial branch, and what each officer decided lately.</summary>
public sealed record OfficerWorkloadQuery : IQuery<OfficerWorkload>;

public sealed record OfficerWorkload(DateTimeOffset Since, IReadOnlyList<UnitWorkload> Units, IReadOnlyList<OfficerDecisions> Officers);

public sealed record UnitWorkload(Guid UnitId, string Unit, int Waiting, DateTimeOffset? OldestWaiting);

public sealed record OfficerDecisions(Guid OfficerId, string Name, string Unit, int Verified, int Returned);

public sealed class OfficerWorkloadHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<OfficerWorkloadQuery, OfficerWorkload>
{
    public const int Days = 30;

    public async ValueTask<OfficerWorkload> Handle(OfficerWorkloadQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Supervisor);
        var since = clock.GetUtcNow().AddDays(-Days);
        var culture = CultureInfo.CurrentUICulture;

        var units = await db.AgencyUnits.AsNoTracking()
            .OrderBy(u => u.RegionId).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Kind, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn })
            .ToListAsync(cancellationToken);
        var waiting = await db.WorkerProfiles.AsNoTracking()
            .Where(p => p.ConsentActive && p.Status == ProfileStatus.Submitted && p.UnitId != null)
            .GroupBy(p => p.UnitId)
            .Select(g => new { UnitId = g.Key!.Value, Count = g.Count(), Oldest = g.Min(p => p.SubmittedAt) })
            .ToDictionaryAsync(g => g.UnitId, cancellationToken);
        var unitNames = units.ToDictionary(u => u.Id, u => LocalizedNameExtensions.PickName(culture, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn));
        var unitLoads = units
            .Where(u => u.Kind == AgencyUnitKind.TerritorialBranch)
            .Select(u => waiting.TryGetValue(u.Id, out var w)
                ? new UnitWorkload(u.Id, unitNames[u.Id], w.Count, w.Oldest)
                : new UnitWorkload(u.Id, unitNames[u.Id], 0, null))
            .ToList();

        // Every decision, not only a profile's latest: a profile decided within the period has its latest decision
        // in it too, so the status changes are read only for those profiles.
        var decisions = await (
            from p in db.WorkerProfiles.AsNoTracking()
            where p.DecidedAt >= since
            join s in db.StatusChanges.AsNoTracking() on p.Id equals s.EntityId
            where s.EntityType == nameof(WorkerProfile) && s.ChangedAt >= since && s.ChangedBy != null
                && (s.ToStatus == nameof(ProfileStatus.Verified) || s.ToStatus == nameof(ProfileStatus.Returned))
            group s by new { s.ChangedBy, s.ToStatus } into g
            select new { OfficerId = g.Key.ChangedBy!.Value, g.Key.ToStatus, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var deciders = decisions.Select(d => d.OfficerId).Distinct().ToList();
        var officers = await db.Users.AsNoTracking()
            .Where(u => u.Kind == UserKind.Officer || deciders.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.UnitId })
            .ToListAsync(cancellationToken);
        var officerLoads = officers
            .Select(o => new OfficerDecisions(
                o.Id,
                o.FullName,
                o.UnitId is { } unitId ? unitNames.GetValueOrDefault(unitId, "") : "",
                decisions.Where(d => d.OfficerId == o.Id && d.ToStatus == nameof(ProfileStatus.Verified)).Sum(d => d.Count),
                decisions.Where(d => d.OfficerId == o.Id && d.ToStatus == nameof(ProfileStatus.Returned)).Sum(d => d.Count)))
            .OrderBy(o => o.Unit, StringComparer.Create(culture, ignoreCase: true))
            .ThenBy(o => o.Name, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        return new OfficerWorkload(since, unitLoads, officerLoads);
    }
}
