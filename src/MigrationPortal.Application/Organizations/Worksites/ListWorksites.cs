using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Organizations.Worksites;

public sealed record WorksiteListItem(Guid Id, string Name, string CountryCode, string City, bool HousingProvided);

/// <summary>The employer's own worksites; the tenant filter keeps every other employer's rows out.</summary>
public sealed record ListWorksitesQuery(int? Page) : IQuery<Paged<WorksiteListItem>>;

public sealed class ListWorksitesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListWorksitesQuery, Paged<WorksiteListItem>>
{
    public async ValueTask<Paged<WorksiteListItem>> Handle(ListWorksitesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var page = Paging.ClampPage(query.Page);
        var total = await db.Worksites.CountAsync(cancellationToken);
        var items = await db.Worksites.AsNoTracking()
            .OrderBy(w => w.Name).ThenBy(w => w.Id)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Select(w => new WorksiteListItem(w.Id, w.Name, w.CountryCode, w.City, w.HousingProvided))
            .ToListAsync(cancellationToken);
        return new Paged<WorksiteListItem>(items, page, Paging.DefaultPageSize, total);
    }
}
