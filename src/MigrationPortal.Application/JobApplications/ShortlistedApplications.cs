using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// Applications are the citizens' rows: the employer reaches only those of its own orders that the agency shortlisted.
/// </summary>
internal static class ShortlistedApplications
{
    public static IQueryable<JobApplication> Of(IPortalDbContext db, Guid organizationId) =>
        db.JobApplications.IgnoreQueryFilters([QueryFilters.Citizen]).Where(a => a.EmployerId == organizationId && a.ShortlistedAt != null);

    /// <summary>A shortlisted application of the employer's, tracked at the version the employer saw, and its order.</summary>
    public static async Task<(JobApplication Application, JobOrder Order)> LoadAsync(IPortalDbContext db, ICurrentUser currentUser, Guid applicationId, uint version, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var application = await Of(db, organizationId).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new NotFoundException();
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        var order = await db.JobOrders.SingleOrDefaultAsync(o => o.Id == application.JobOrderId, cancellationToken) ?? throw new NotFoundException();
        return (application, order);
    }
}
