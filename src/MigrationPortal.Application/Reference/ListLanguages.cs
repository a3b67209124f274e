using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Reference;

public sealed record ListLanguagesQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListLanguagesHandler(IPortalDbContext db) : IQueryHandler<ListLanguagesQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListLanguagesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Languages.AsNoTracking()
            .Select(l => new NameRow(l.Code, l.NameUzLatn, l.NameUzCyrl, l.NameRu, l.NameEn))
            .ToListAsync(cancellationToken);
        return NameRow.Sorted(rows);
    }
}
