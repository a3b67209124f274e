using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>How an employer's use cases reach one of its own orders.</summary>
public static class EmployerJobOrders
{
    /// <summary>
    /// The order to change, expecting the <paramref name="version"/> the user saw (optimistic concurrency). The tenant
    /// filter makes another employer's order "not found", whatever id the URL or form names.
    /// </summary>
    public static async Task<JobOrder> LoadAsync(IPortalDbContext db, Guid id, uint version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = await db.JobOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(order, version);
        return order;
    }
}
