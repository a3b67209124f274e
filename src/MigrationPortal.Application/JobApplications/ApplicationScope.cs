using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.JobApplications;

/// <summary>Which applications an agency user works on: one rule for the screening queue and an order's pipeline.</summary>
public static class ApplicationScope
{
    /// <summary>
    /// The applications an agency user works on (docs/design/domain.md, Who sees what: an officer works on their own unit's): a territorial
    /// branch its residents' applications, a representative office the orders of its country, a supervisor all.
    /// A citizen who withdrew consent is out of every queue.
    /// </summary>
    public static async Task<IQueryable<InScope>> InScopeAsync(IPortalDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(currentUser);
        currentUser.RequireKind(UserKind.Officer, UserKind.Supervisor);
        var all =
            from a in db.JobApplications
            join o in db.JobOrders on a.JobOrderId equals o.Id
            join p in db.WorkerProfiles on a.CitizenId equals p.Id
            where p.ConsentActive
            select new InScope { Application = a, Order = o, Profile = p };
        if (currentUser.Kind == UserKind.Supervisor)
        {
            return all;
        }

        var unit = await UnitAsync(db, currentUser, cancellationToken);
        return unit.Kind switch
        {
            AgencyUnitKind.TerritorialBranch => all.Where(x => x.Profile.UnitId == unit.Id),
            AgencyUnitKind.RepresentativeOffice => all.Where(x => x.Order.CountryCode == unit.CountryCode),
            _ => throw new AccessDeniedException(),
        };
    }

    /// <summary>
    /// The job orders whose pipeline an agency user may open: a supervisor every order, a representative office the
    /// orders of its country (with or without applications), a territorial branch the orders its residents applied to.
    /// </summary>
    public static async Task<IQueryable<JobOrder>> OrdersInScopeAsync(IPortalDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var applications = await InScopeAsync(db, currentUser, cancellationToken);
        if (currentUser.Kind == UserKind.Supervisor)
        {
            return db.JobOrders;
        }

        var unit = await UnitAsync(db, currentUser, cancellationToken);
        return unit.Kind == AgencyUnitKind.RepresentativeOffice
            ? db.JobOrders.Where(o => o.CountryCode == unit.CountryCode)
            : db.JobOrders.Where(o => applications.Any(x => x.Application.JobOrderId == o.Id));
    }

    private static async Task<(Guid Id, AgencyUnitKind Kind, string? CountryCode)> UnitAsync(IPortalDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var unitId = currentUser.UnitId ?? throw new AccessDeniedException();
        var unit = await db.AgencyUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Kind, u.CountryCode }).SingleAsync(cancellationToken);
        return (unitId, unit.Kind, unit.CountryCode);
    }
}

/// <summary>An application with its order and the applicant's profile, as one row the queries can filter.</summary>
public sealed class InScope
{
    public required JobApplication Application { get; init; }

    public required JobOrder Order { get; init; }

    public required Domain.Workers.WorkerProfile Profile { get; init; }
}
