using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// Which profiles a reviewer reaches (docs/design/domain.md, Who sees what): an officer those of their own unit, a supervisor every
/// unit's; nobody reaches a profile whose owner withdrew consent, since processing stops with it.
/// </summary>
public static class ReviewScope
{
    /// <summary>The unit the user reviews for: their own for an officer, null (all units) for a supervisor.</summary>
    public static Guid? ReviewUnit(this ICurrentUser user)
    {
        user.RequireKind(UserKind.Officer, UserKind.Supervisor);
        return user.Kind == UserKind.Officer ? user.UnitId ?? throw new AccessDeniedException() : null;
    }

    public static IQueryable<WorkerProfile> ReviewableIn(this IQueryable<WorkerProfile> profiles, Guid? unitId) =>
        unitId is { } unit
            ? profiles.Where(p => p.ConsentActive && p.UnitId == unit)
            : profiles.Where(p => p.ConsentActive);

    /// <summary>
    /// Saves an officer's decision. When another decision won the race, nothing of this one may linger in the
    /// unit of work: the page shows the profile again through the same context, and saves an audit row with it.
    /// </summary>
    public static async Task SaveDecisionAsync(this IPortalDbContext db, WorkerProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(profile).Context.ChangeTracker.Clear();
            throw;
        }
    }

}
