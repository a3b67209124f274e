using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>Citizens are registered on their behalf at the territorial branches, where they come in or call.</summary>
internal static class AssistedBranch
{
    /// <summary>The acting officer's unit, which must be a territorial branch.</summary>
    public static async Task<AgencyUnit> RequireBranchAsync(IPortalDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var unitId = currentUser.ActingUnit();
        var unit = await db.AgencyUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, cancellationToken);
        return unit.Kind == AgencyUnitKind.TerritorialBranch
            ? unit
            : throw new DomainRuleException("Rule.Assisted.BranchOnly");
    }
}
