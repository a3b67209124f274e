using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Reference;

public sealed record ListAgencyUnitsQuery(AgencyUnitKind? Kind = null) : IQuery<IReadOnlyList<Option>>;

public sealed class ListAgencyUnitsHandler(IPortalDbContext db) : IQueryHandler<ListAgencyUnitsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListAgencyUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.AgencyUnits.AsNoTracking().Where(u => u.IsActive);
        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        var rows = await units
            .Select(u => new NameRow(u.Id.ToString(), u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn))
            .ToListAsync(cancellationToken);
        return NameRow.Sorted(rows);
    }
}
