using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.JobApplications;

/// <summary>What the screening queue's filter form offers the signed-in agency user, and the title of the order filtered on.</summary>
public sealed record ScreeningFiltersQuery(Guid? JobOrderId) : IQuery<ScreeningFilters>;

/// <summary>
/// <see cref="ChoosesUnit"/> is false for a territorial branch, whose queue is its own residents only;
/// <see cref="OrderTitle"/> is null when no order (or an unknown one) is chosen.
/// </summary>
public sealed record ScreeningFilters(bool ChoosesUnit, IReadOnlyList<Option> Units, string? OrderTitle);

public sealed class ScreeningFiltersHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ScreeningFiltersQuery, ScreeningFilters>
{
    public async ValueTask<ScreeningFilters> Handle(ScreeningFiltersQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Officer, UserKind.Supervisor);
        var ownKind = currentUser.Kind == UserKind.Supervisor
            ? (AgencyUnitKind?)null
            : await db.AgencyUnits.AsNoTracking().Where(u => u.Id == currentUser.UnitId).Select(u => (AgencyUnitKind?)u.Kind).SingleOrDefaultAsync(cancellationToken);
        var choosesUnit = ownKind != AgencyUnitKind.TerritorialBranch;
        var culture = CultureInfo.CurrentUICulture;
        var units = choosesUnit
            ? await db.AgencyUnits.AsNoTracking()
                .Where(u => u.Kind == AgencyUnitKind.TerritorialBranch)
                .OrderBy(u => u.RegionId)
                .Select(u => new { u.Id, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn })
                .ToListAsync(cancellationToken)
            : [];
        var title = query.JobOrderId is { } orderId
            ? await db.JobOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ScreeningFilters(
            choosesUnit,
            [.. units.Select(u => new Option(u.Id.ToString(), LocalizedNameExtensions.PickName(culture, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn)))],
            title);
    }
}
