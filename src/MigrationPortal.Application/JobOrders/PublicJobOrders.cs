using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.JobOrders;

/// <summary>The orders anyone may see: published, of an employer the agency has not suspended.</summary>
public static class PublicJobOrders
{
    /// <summary>Public by nature once published: the tenant filter is off, the view's status condition is the boundary.</summary>
    public static IQueryable<JobOrder> Of(IPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PublishedJobOrders.IgnoreQueryFilters([QueryFilters.Tenant]).OfActiveEmployers(db);
    }

    /// <summary>Only the orders of employers the agency has not suspended.</summary>
    public static IQueryable<JobOrder> OfActiveEmployers(this IQueryable<JobOrder> orders, IPortalDbContext db) =>
        orders.Where(o => db.Employers.Any(e => e.Id == o.OrganizationId && e.Status == EmployerStatus.Active));
}
