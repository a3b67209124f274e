using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// The employer's own orders, newest first, optionally of one status. Numbered pages suit it: an employer keeps about
/// a hundred orders, and the (organization, status, created) index serves both the count and the page.
/// </summary>
public sealed record ListMyJobOrdersQuery(JobOrderStatus? Status, int? Page) : IQuery<Paged<JobOrderListItem>>;

public sealed record JobOrderListItem(
    Guid Id,
    string Title,
    string CountryName,
    string City,
    JobOrderStatus Status,
    int Positions,
    DateOnly ApplicationDeadline,
    DateTimeOffset CreatedAt);

public sealed class ListMyJobOrdersHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyJobOrdersQuery, Paged<JobOrderListItem>>
{
    public async ValueTask<Paged<JobOrderListItem>> Handle(ListMyJobOrdersQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var page = Paging.ClampPage(query.Page);
        var orders = db.JobOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        var total = await orders.CountAsync(cancellationToken);
        var rows = await (
            from o in orders
            join c in db.Countries on o.CountryCode equals c.Code
            orderby o.CreatedAt descending, o.Id descending
            select new { o.Id, o.Title, c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn, o.City, o.Status, o.Positions, o.ApplicationDeadline, o.CreatedAt })
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Select(r => new JobOrderListItem(
            r.Id,
            r.Title,
            LocalizedNameExtensions.PickName(culture, r.NameUzLatn, r.NameUzCyrl, r.NameRu, r.NameEn),
            r.City,
            r.Status,
            r.Positions,
            r.ApplicationDeadline,
            r.CreatedAt)).ToList();
        return new Paged<JobOrderListItem>(items, page, Paging.DefaultPageSize, total);
    }
}
