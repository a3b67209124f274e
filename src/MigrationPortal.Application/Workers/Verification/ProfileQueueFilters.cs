using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// The choices of the queue's filter form: units (a supervisor's), districts, professions (grouped and searchable as
/// everywhere else, <see cref="ListOccupationsQuery"/>).
/// </summary>
public sealed record ProfileQueueFiltersQuery(Guid? UnitId) : IQuery<ProfileQueueFilters>;

public sealed record ProfileQueueFilters(bool ChoosesUnit, IReadOnlyList<Option> Units, IReadOnlyList<Option> Districts, IReadOnlyList<Option> Professions);

public sealed class ProfileQueueFiltersHandler(IPortalDbContext db, ICurrentUser currentUser, ISender sender)
    : IQueryHandler<ProfileQueueFiltersQuery, ProfileQueueFilters>
{
    public async ValueTask<ProfileQueueFilters> Handle(ProfileQueueFiltersQuery query, CancellationToken cancellationToken)
    {
        var ownUnit = currentUser.ReviewUnit();
        var unit = ownUnit ?? query.UnitId;
        var unitRows = ownUnit is null
            ? await db.AgencyUnits.AsNoTracking()
                .Where(u => u.Kind == AgencyUnitKind.TerritorialBranch)
                .OrderBy(u => u.RegionId)
                .Select(u => new { u.Id, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn })
                .ToListAsync(cancellationToken)
            : [];

        // The districts of the chosen unit's region, or every district when all units are shown.
        var regionId = unit is null ? null : await db.AgencyUnits.Where(u => u.Id == unit).Select(u => u.RegionId).SingleOrDefaultAsync(cancellationToken);
        var districtRows = await db.Districts.AsNoTracking()
            .Where(d => unit == null || d.RegionId == regionId)
            .OrderBy(d => d.RegionId).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.NameUzLatn, d.NameUzCyrl, d.NameRu, d.NameEn })
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return new ProfileQueueFilters(
            ownUnit is null,
            [.. unitRows.Select(u => new Option(u.Id.ToString(), LocalizedNameExtensions.PickName(culture, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn)))],
            [.. districtRows.Select(d => new Option(d.Id.ToString(CultureInfo.InvariantCulture), LocalizedNameExtensions.PickName(culture, d.NameUzLatn, d.NameUzCyrl, d.NameRu, d.NameEn)))],
            await sender.Send(new ListOccupationsQuery(), cancellationToken));
    }
}
