using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Dashboards;

/// <summary>
/// What waits for an officer or a supervisor, counted in the same scopes the queues themselves use: profiles to verify
/// (<see cref="ReviewScope"/>), applications to screen (<see cref="ApplicationScope"/>) and, for those who approve
/// them, job orders (<see cref="ApprovalScope"/>). Counts only: no citizen is named, so nothing is audited.
/// </summary>
public sealed record AgencyQueuesQuery : IQuery<AgencyQueues>;

/// <param name="JobOrdersWaiting">Null for a user who approves no job orders.</param>
public sealed record AgencyQueues(int ProfilesWaiting, int ApplicationsSubmitted, int ApplicationsInScreening, int? JobOrdersWaiting);

public sealed class AgencyQueuesHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<AgencyQueuesQuery, AgencyQueues>
{
    public async ValueTask<AgencyQueues> Handle(AgencyQueuesQuery query, CancellationToken cancellationToken)
    {
        var profiles = await db.WorkerProfiles.AsNoTracking().ReviewableIn(currentUser.ReviewUnit())
            .CountAsync(p => p.Status == ProfileStatus.Submitted, cancellationToken);
        var applications = await (await ApplicationScope.InScopeAsync(db, currentUser, cancellationToken))
            .Where(x => x.Application.Status == ApplicationStatus.Submitted || x.Application.Status == ApplicationStatus.Screening)
            .GroupBy(x => x.Application.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        int? orders = await ApprovalScope.MayReviewAsync(db, currentUser, cancellationToken)
            ? await (await ApprovalScope.ReviewableOrdersAsync(db, currentUser, cancellationToken)).CountAsync(o => o.Status == JobOrderStatus.PendingApproval, cancellationToken)
            : null;
        return new AgencyQueues(
            profiles,
            applications.GetValueOrDefault(ApplicationStatus.Submitted),
            applications.GetValueOrDefault(ApplicationStatus.Screening),
            orders);
    }
}
