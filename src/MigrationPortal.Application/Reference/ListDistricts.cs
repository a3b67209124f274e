using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>Districts of residence, grouped by territorial unit (region).</summary>
public sealed record ListDistrictsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListDistrictsHandler(IPortalDbContext db) : IQueryHandler<ListDistrictsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListDistrictsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var regions = (await db.Regions.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.NameIn(culture));
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.RegionId).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return [.. districts
            .Select(d => new Option(d.Id.ToString(CultureInfo.InvariantCulture), d.NameIn(culture), regions[d.RegionId]))
            .OrderBy(o => o.Group, comparer).ThenBy(o => o.Text, comparer)];
    }
}
