using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
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

    /// <summary>
    /// The employer's candidates as its pages list them: shortlisted for its own orders (the join keeps to them by the
    /// tenant filter), consent standing, with the order's title and the candidate's name.
    /// </summary>
    public static IQueryable<CandidateJoin> Candidates(IPortalDbContext db, Guid organizationId) =>
        from a in Of(db, organizationId).AsNoTracking()
        join o in db.JobOrders on a.JobOrderId equals o.Id
        join p in db.WorkerProfiles.IgnoreQueryFilters([QueryFilters.Citizen]) on a.CitizenId equals p.Id
        where p.ConsentActive
        select new CandidateJoin { Application = a, Title = o.Title, LastName = p.LastName, FirstName = p.FirstName };

    /// <summary>Records that the employer's user saw these candidates' names, one audit row per order (docs/decisions/ADR-010).</summary>
    public static async Task RecordViewsAsync(PersonalDataAudit audit, IEnumerable<(Guid JobOrderId, Guid CitizenId)> shown, CancellationToken cancellationToken)
    {
        foreach (var order in shown.GroupBy(r => r.JobOrderId))
        {
            await audit.RecordViewAsync(PersonalDataAudit.ViewCandidates, order.Select(r => r.CitizenId), order.Key.ToString(), cancellationToken);
        }
    }

    /// <summary>A shortlisted application of the employer's, tracked at the version the employer saw, and its order.</summary>
    public static async Task<(JobApplication Application, JobOrder Order)> LoadAsync(IPortalDbContext db, ICurrentUser currentUser, Guid applicationId, uint version, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var application = await Of(db, organizationId).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(application, version);
        var order = await db.JobOrders.SingleOrDefaultAsync(o => o.Id == application.JobOrderId, cancellationToken) ?? throw new NotFoundException();
        return (application, order);
    }
}

/// <summary>A shortlisted application with what its lists show of its order and candidate.</summary>
internal sealed class CandidateJoin
{
    public required JobApplication Application { get; init; }

    public required string Title { get; init; }

    public required string? LastName { get; init; }

    public required string? FirstName { get; init; }
}
