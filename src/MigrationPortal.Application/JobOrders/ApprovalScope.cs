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
        user.RequireKind(UserKind.Officer, UserKind.Supervisor);
        return await ReviewScopeAsync(db, user, cancellationToken) switch
        {
            { All: true } => db.JobOrders,
            { Country: { } country } => db.JobOrders.Where(o => o.CountryCode == country),
            _ => throw new AccessDeniedException(),
        };
    }

    /// <summary>Whether the signed-in user reviews any job orders at all: what the approval pages and their links ask.</summary>
    public static async Task<bool> MayReviewAsync(IPortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await ReviewScopeAsync(db, user, cancellationToken) is not null;
    }

    /// <summary>Every order (a supervisor), one country's (a representative office's officer), or none (null).</summary>
    private static async Task<(bool All, string? Country)?> ReviewScopeAsync(IPortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Kind == UserKind.Supervisor)
        {
            return (true, null);
        }

        if (user.Kind != UserKind.Officer || user.UnitId is not { } unitId)
        {
            return null;
        }

        var country = await db.AgencyUnits.AsNoTracking()
            .Where(u => u.Id == unitId && u.Kind == AgencyUnitKind.RepresentativeOffice)
            .Select(u => u.CountryCode)
            .SingleOrDefaultAsync(cancellationToken);
        return country is null ? null : (false, country);
    }
}
