using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Reference;

public sealed record ListCountriesQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListCountriesHandler(IPortalDbContext db) : IQueryHandler<ListCountriesQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListCountriesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Countries.AsNoTracking()
            .Select(c => new NameRow(c.Code, c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn))
            .ToListAsync(cancellationToken);
        return NameRow.Sorted(rows);
    }
}
