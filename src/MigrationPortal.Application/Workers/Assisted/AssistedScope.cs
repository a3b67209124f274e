using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>
/// Who reaches which assisted registration (issue 12): an officer those of their own unit, and may act on one only
/// until the citizen takes the account over; a supervisor reads every unit's and changes none.
/// </summary>
public static class AssistedScope
{
    /// <summary>The officer's own unit: only an officer registers a citizen or fills a profile for them.</summary>
    public static Guid ActingUnit(this ICurrentUser user)
    {
        user.RequireKind(UserKind.Officer);
        return user.UnitId ?? throw new AccessDeniedException();
    }

    public static IQueryable<AssistedRegistration> VisibleTo(this IQueryable<AssistedRegistration> registrations, ICurrentUser user)
    {
        user.RequireKind(UserKind.Officer, UserKind.Supervisor);
        if (user.Kind == UserKind.Supervisor)
        {
            return registrations;
        }

        var unit = user.UnitId ?? throw new AccessDeniedException();
        return registrations.Where(r => r.UnitId == unit);
    }

    /// <summary>
    /// The record an officer is about to act on, tracked: another unit's is "not found", one the citizen took over is
    /// refused with its reason.
    /// </summary>
    public static async Task<AssistedRegistration> LoadOpenAsync(IPortalDbContext db, ICurrentUser user, Guid registrationId, CancellationToken cancellationToken)
    {
        var unit = user.ActingUnit();
        var registration = await db.AssistedRegistrations
            .SingleOrDefaultAsync(r => r.Id == registrationId && r.UnitId == unit, cancellationToken)
            ?? throw new NotFoundException();
        registration.RequireOpenTo(unit);
        return registration;
    }
}
