using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>
/// ISCO-08 unit groups under their major group (the groups in ISCO order, each group's occupations by name in the
/// user's language), each findable by its code and by its name in any of the four languages.
/// </summary>
public sealed record ListOccupationsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListOccupationsHandler(IPortalDbContext db) : IQueryHandler<ListOccupationsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListOccupationsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var byName = StringComparer.Create(culture, ignoreCase: true);
        var all = await db.Occupations.AsNoTracking().ToListAsync(cancellationToken);
        var majors = all.Where(o => o.MajorGroupCode is null).ToDictionary(o => o.Code, o => o.NameIn(culture));
        return [.. all.Where(o => o.MajorGroupCode is not null)
            .Select(o => (Occupation: o, Name: o.NameIn(culture)))
            .OrderBy(x => x.Occupation.MajorGroupCode, StringComparer.Ordinal)
            .ThenBy(x => x.Name, byName)
            .Select(x => new Option(
                x.Occupation.Code,
                $"{x.Name} ({x.Occupation.Code})",
                majors[x.Occupation.MajorGroupCode!],
                string.Join(' ', new[] { x.Occupation.Code, x.Occupation.NameUzLatn, x.Occupation.NameUzCyrl, x.Occupation.NameRu, x.Occupation.NameEn }.Where(n => n != x.Name).Distinct())))];
    }
}
