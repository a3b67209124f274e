using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// Who approves which job orders (issue 4): a supervisor every order; an officer of a representative office abroad
/// the orders for that office's country; nobody else.
/// </summary>
public static class ApprovalScope
{
    /// <summary>The orders the signed-in user may review, or <see cref="AccessDeniedException"/>.</summary>
    public static async Task<IQueryable<JobOrder>> ReviewableOrdersAsync(IPortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        user.RequireKind(UserKind.Officer, UserKind.Supervisor);
        if (user.Kind == UserKind.Supervisor)
        {
            return db.JobOrders;
        }

        var unitId = user.UnitId ?? throw new AccessDeniedException();
        var country = await db.AgencyUnits.AsNoTracking()
            .Where(u => u.Id == unitId && u.Kind == AgencyUnitKind.RepresentativeOffice)
            .Select(u => u.CountryCode)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new AccessDeniedException();
        return db.JobOrders.Where(o => o.CountryCode == country);
    }
}
