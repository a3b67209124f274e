using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

public sealed record ListAllJobOrdersQuery(JobOrderStatus? Status, Guid? EmployerId, int? Page) : IQuery<Paged<AdminJobOrderRow>>;

public sealed record AdminJobOrderRow(Guid Id, string Title, string EmployerName, string Country, string City, int Positions, JobOrderStatus Status, DateOnly ApplicationDeadline, DateTimeOffset CreatedAt);

/// <summary>Every employer's job orders for administrators, newest first, by status and employer (offset pages suffice).</summary>
public sealed class ListAllJobOrdersHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAllJobOrdersQuery, Paged<AdminJobOrderRow>>
{
    public async ValueTask<Paged<AdminJobOrderRow>> Handle(ListAllJobOrdersQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var orders = db.JobOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (query.EmployerId is { } employerId)
        {
            orders = orders.Where(o => o.OrganizationId == employerId);
        }

        var page = Paging.ClampPage(query.Page);
        var total = await orders.CountAsync(cancellationToken);
        var rows = await orders
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Join(db.Employers, o => o.OrganizationId, e => e.Id, (o, e) => new { o, e.LegalName })
            .Join(db.Countries, x => x.o.CountryCode, c => c.Code, (x, c) => new { x.o, x.LegalName, Country = c })
            .OrderByDescending(x => x.o.CreatedAt).ThenByDescending(x => x.o.Id)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Select(r => new AdminJobOrderRow(
            r.o.Id, r.o.Title, r.LegalName, r.Country.NameIn(culture), r.o.City, r.o.Positions, r.o.Status, r.o.ApplicationDeadline, r.o.CreatedAt)).ToList();
        return new Paged<AdminJobOrderRow>(items, page, Paging.DefaultPageSize, total);
    }
}
