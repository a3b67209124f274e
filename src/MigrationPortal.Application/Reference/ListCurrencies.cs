using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>The currencies a wage or a rate can be given in: the code first, as employers write it, then the name.</summary>
public sealed record ListCurrenciesQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListCurrenciesHandler(IPortalDbContext db) : IQueryHandler<ListCurrenciesQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListCurrenciesQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var currencies = await db.Currencies.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. currencies.Select(c => new Option(c.Code, $"{c.Code} — {c.NameIn(culture)}"))];
    }
}
