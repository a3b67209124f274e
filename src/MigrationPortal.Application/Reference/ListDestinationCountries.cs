using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>The choices of a destination country (<see cref="DestinationCountries"/>), sorted in the user's language.</summary>
public sealed record ListDestinationCountriesQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListDestinationCountriesHandler(IPortalDbContext db) : IQueryHandler<ListDestinationCountriesQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListDestinationCountriesQuery query, CancellationToken cancellationToken)
    {
        var rows = await DestinationCountries.In(db).AsNoTracking()
            .Select(c => new NameRow(c.Code, c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn))
            .ToListAsync(cancellationToken);
        return NameRow.Sorted(rows);
    }
}
