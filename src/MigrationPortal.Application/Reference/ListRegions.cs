using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Reference;

public sealed record ListRegionsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListRegionsHandler(IPortalDbContext db) : IQueryHandler<ListRegionsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListRegionsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Regions.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new NameRow(r.Id.ToString(CultureInfo.InvariantCulture), r.NameUzLatn, r.NameUzCyrl, r.NameRu, r.NameEn))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToOption(CultureInfo.CurrentUICulture))];
    }
}
