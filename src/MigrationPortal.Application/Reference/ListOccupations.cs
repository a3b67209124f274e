using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>ISCO-08 unit groups, grouped by major group.</summary>
public sealed record ListOccupationsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListOccupationsHandler(IPortalDbContext db) : IQueryHandler<ListOccupationsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListOccupationsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var all = await db.Occupations.AsNoTracking().ToListAsync(cancellationToken);
        var majors = all.Where(o => o.MajorGroupCode is null).ToDictionary(o => o.Code, o => o.NameIn(culture));
        return [.. all.Where(o => o.MajorGroupCode is not null)
            .OrderBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => new Option(o.Code, $"{o.Code} — {o.NameIn(culture)}", majors[o.MajorGroupCode!]))];
    }
}
