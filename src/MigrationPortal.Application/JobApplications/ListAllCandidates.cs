using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>One candidate among all of the employer's orders.</summary>
public sealed record CandidateRow(Guid ApplicationId, Guid JobOrderId, string OrderTitle, string Name, ApplicationStatus Status, DateTimeOffset ShortlistedAt, DateTimeOffset? InterviewAt);

/// <summary>An order the employer can filter its candidates by.</summary>
public sealed record CandidateOrderOption(Guid Id, string Title);

public sealed record AllCandidatesPage(Paged<CandidateRow> Candidates, IReadOnlyList<CandidateOrderOption> Orders);

/// <summary>
/// Every candidate the agency shortlisted for any of the employer's orders (issue 11), newest shortlist first,
/// filtered by order and status, in numbered pages: an employer has at most a few hundred.
/// </summary>
public sealed record ListAllCandidatesQuery(Guid? JobOrderId, ApplicationStatus? Status, int? Page) : IQuery<AllCandidatesPage>;

public sealed class ListAllCandidatesHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<ListAllCandidatesQuery, AllCandidatesPage>
{
    public async ValueTask<AllCandidatesPage> Handle(ListAllCandidatesQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var page = Paging.ClampPage(query.Page);

        var candidates = ShortlistedApplications.Candidates(db, organizationId);
        if (query.JobOrderId is { } orderId)
        {
            candidates = candidates.Where(c => c.Application.JobOrderId == orderId);
        }

        if (query.Status is { } status)
        {
            candidates = candidates.Where(c => c.Application.Status == status);
        }

        var total = await candidates.CountAsync(cancellationToken);
        var rows = await candidates
            .OrderByDescending(c => c.Application.ShortlistedAt).ThenByDescending(c => c.Application.Id)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Select(c => new { c.Application.Id, c.Application.JobOrderId, c.Title, c.LastName, c.FirstName, c.Application.Status, c.Application.ShortlistedAt, c.Application.InterviewAt, c.Application.CitizenId })
            .ToListAsync(cancellationToken);
        await ShortlistedApplications.RecordViewsAsync(audit, rows.Select(r => (r.JobOrderId, r.CitizenId)), cancellationToken);

        var orders = await db.JobOrders.AsNoTracking()
            .Where(o => ShortlistedApplications.Of(db, organizationId).Any(a => a.JobOrderId == o.Id))
            .OrderBy(o => o.Title).ThenBy(o => o.Id)
            .Select(o => new CandidateOrderOption(o.Id, o.Title))
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new CandidateRow(r.Id, r.JobOrderId, r.Title, $"{r.LastName} {r.FirstName}", r.Status, r.ShortlistedAt!.Value, r.InterviewAt)).ToList();
        return new AllCandidatesPage(new Paged<CandidateRow>(items, page, Paging.DefaultPageSize, total), orders);
    }
}
