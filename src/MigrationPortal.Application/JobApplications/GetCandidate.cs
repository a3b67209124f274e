using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>One shortlisted candidate, named, for a decision the employer confirms on a page of its own.</summary>
public sealed record CandidateSummary(Guid ApplicationId, Guid JobOrderId, string OrderTitle, int OpenPositions, string Name, ApplicationStatus Status, uint Version);

public sealed record GetCandidateQuery(Guid ApplicationId) : IQuery<CandidateSummary>;

public sealed class GetCandidateHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<GetCandidateQuery, CandidateSummary>
{
    public async ValueTask<CandidateSummary> Handle(GetCandidateQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();

        // Another employer's application, or one the agency has not shortlisted, is "not found".
        var row = await (
            from a in ShortlistedApplications.Of(db, organizationId).AsNoTracking()
            join o in db.JobOrders on a.JobOrderId equals o.Id
            join p in db.WorkerProfiles.IgnoreQueryFilters([QueryFilters.Citizen]) on a.CitizenId equals p.Id
            where a.Id == query.ApplicationId && p.ConsentActive
            select new { a.Id, a.JobOrderId, o.Title, o.Positions, o.FilledPositions, o.SelectedPositions, p.LastName, p.FirstName, a.Status, a.Version, a.CitizenId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        await audit.RecordViewAsync(PersonalDataAudit.ViewCandidates, row.CitizenId, row.JobOrderId.ToString(), cancellationToken);
        return new CandidateSummary(row.Id, row.JobOrderId, row.Title, row.Positions - Math.Max(row.FilledPositions, row.SelectedPositions), $"{row.LastName} {row.FirstName}", row.Status, row.Version);
    }
}
