using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.Dashboards;

/// <summary>What the employer should do next, most pressing first.</summary>
public enum EmployerNextStep
{
    /// <summary>Shortlisted candidates, or candidates after their interview, wait for the employer's decision.</summary>
    DecideOnCandidates,

    /// <summary>The agency returned an order with its reason.</summary>
    FixReturnedOrders,

    /// <summary>Drafts were never sent for approval.</summary>
    SubmitDrafts,

    /// <summary>Orders wait for the agency's approval.</summary>
    WaitForApproval,

    /// <summary>Orders are published; the agency shortlists candidates as citizens apply.</summary>
    WaitForCandidates,

    /// <summary>No open order: start one.</summary>
    CreateOrder,
}

/// <summary>
/// The employer's home (issue 11): its open orders by status, with the agency's reason on a returned one and the
/// candidates of a published one; the candidates waiting for its decision, interviews first by date; all through the
/// tenant filter and the shortlist rule the candidates pages use (<see cref="ShortlistedApplications"/>).
/// </summary>
public sealed record EmployerDeskQuery : IQuery<EmployerDesk>;

/// <param name="Candidates">Candidates the agency shortlisted for the order whose consent stands.</param>
/// <param name="AwaitingDecision">Of those, the ones waiting for the employer's decision.</param>
public sealed record DeskOrder(Guid Id, string Title, JobOrderStatus Status, DateOnly ApplicationDeadline, string? RejectionReason, int Candidates, int AwaitingDecision);

public sealed record DeskCandidate(Guid ApplicationId, Guid JobOrderId, string OrderTitle, string Name, ApplicationStatus Status, DateTimeOffset ShortlistedAt, DateTimeOffset? InterviewAt);

/// <param name="OrderCounts">How many orders the employer has in each status it has any in.</param>
/// <param name="Orders">The newest <see cref="EmployerDeskHandler.PerStatus"/> orders of each status in <see cref="EmployerDeskHandler.Open"/>.</param>
/// <param name="AwaitingDecision">The first <see cref="EmployerDeskHandler.CandidateCount"/> candidates waiting for a decision.</param>
/// <param name="AwaitingDecisionCount">How many candidates wait for a decision in all.</param>
public sealed record EmployerDesk(
    IReadOnlyDictionary<JobOrderStatus, int> OrderCounts,
    IReadOnlyList<DeskOrder> Orders,
    IReadOnlyList<DeskCandidate> AwaitingDecision,
    int AwaitingDecisionCount)
{
    public int CountOf(JobOrderStatus status) => OrderCounts.GetValueOrDefault(status);

    public IEnumerable<DeskOrder> OfStatus(JobOrderStatus status) => Orders.Where(o => o.Status == status);

    public EmployerNextStep Next =>
        AwaitingDecisionCount > 0 ? EmployerNextStep.DecideOnCandidates
        : CountOf(JobOrderStatus.Rejected) > 0 ? EmployerNextStep.FixReturnedOrders
        : CountOf(JobOrderStatus.Draft) > 0 ? EmployerNextStep.SubmitDrafts
        : CountOf(JobOrderStatus.PendingApproval) > 0 ? EmployerNextStep.WaitForApproval
        : CountOf(JobOrderStatus.Published) + CountOf(JobOrderStatus.Paused) > 0 ? EmployerNextStep.WaitForCandidates
        : EmployerNextStep.CreateOrder;
}

public sealed class EmployerDeskHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<EmployerDeskQuery, EmployerDesk>
{
    public const int PerStatus = 5;

    public const int CandidateCount = 10;

    /// <summary>The statuses in which an order still asks something of the employer or brings it candidates.</summary>
    public static readonly IReadOnlyList<JobOrderStatus> Open =
        [JobOrderStatus.Rejected, JobOrderStatus.Draft, JobOrderStatus.PendingApproval, JobOrderStatus.Published, JobOrderStatus.Paused];

    private static readonly ApplicationStatus[] Undecided = [ApplicationStatus.Shortlisted, ApplicationStatus.Interview];

    public async ValueTask<EmployerDesk> Handle(EmployerDeskQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();

        // The tenant filter keeps every order query to the employer's own.
        var counts = await db.JobOrders.AsNoTracking()
            .GroupBy(o => o.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var open = Open.ToArray();
        var orders = (await db.JobOrders.AsNoTracking()
            .Where(o => open.Contains(o.Status))
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Select(o => new { o.Id, o.Title, o.Status, o.ApplicationDeadline, o.RejectionReason })
            .ToListAsync(cancellationToken))
            .GroupBy(o => o.Status)
            .SelectMany(g => g.Take(PerStatus))
            .ToList();

        var candidates = ShortlistedApplications.Candidates(db, organizationId);
        var shownIds = orders.ConvertAll(o => o.Id);
        var perOrder = await candidates
            .Where(c => shownIds.Contains(c.Application.JobOrderId))
            .GroupBy(c => c.Application.JobOrderId)
            .Select(g => new { g.Key, Count = g.Count(), Undecided = g.Count(c => Undecided.Contains(c.Application.Status)) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        var undecided = candidates.Where(c => Undecided.Contains(c.Application.Status));
        var waiting = await undecided.CountAsync(cancellationToken);
        var rows = await undecided
            .OrderBy(c => c.Application.InterviewAt == null).ThenBy(c => c.Application.InterviewAt).ThenBy(c => c.Application.ShortlistedAt).ThenBy(c => c.Application.Id)
            .Take(CandidateCount)
            .Select(c => new { c.Application.Id, c.Application.JobOrderId, c.Title, c.LastName, c.FirstName, c.Application.Status, c.Application.ShortlistedAt, c.Application.InterviewAt, c.Application.CitizenId })
            .ToListAsync(cancellationToken);
        await ShortlistedApplications.RecordViewsAsync(audit, rows.Select(r => (r.JobOrderId, r.CitizenId)), cancellationToken);

        return new EmployerDesk(
            counts,
            orders.ConvertAll(o => new DeskOrder(
                o.Id,
                o.Title,
                o.Status,
                o.ApplicationDeadline,
                o.RejectionReason,
                perOrder.TryGetValue(o.Id, out var c) ? c.Count : 0,
                perOrder.TryGetValue(o.Id, out var u) ? u.Undecided : 0)),
            rows.ConvertAll(r => new DeskCandidate(r.Id, r.JobOrderId, r.Title, $"{r.LastName} {r.FirstName}", r.Status, r.ShortlistedAt!.Value, r.InterviewAt)),
            waiting);
    }
}
