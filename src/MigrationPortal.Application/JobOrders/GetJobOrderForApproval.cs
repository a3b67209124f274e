using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>A job order as the reviewer sees it: every term, the employer, and the destination's minimum wage today.</summary>
public sealed record GetJobOrderForApprovalQuery(Guid Id) : IQuery<JobOrderForApproval>;

/// <summary><see cref="MinimumWage"/> is null when administrators have recorded none for the destination.</summary>
public sealed record JobOrderForApproval(JobOrderDetails Order, MinimumWageInForce? MinimumWage);

public sealed class GetJobOrderForApprovalHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetJobOrderForApprovalQuery, JobOrderForApproval>
{
    public async ValueTask<JobOrderForApproval> Handle(GetJobOrderForApprovalQuery query, CancellationToken cancellationToken)
    {
        // Outside the reviewer's scope (another office's country) the order is "not found".
        var orders = await ApprovalScope.ReviewableOrdersAsync(db, currentUser, cancellationToken);
        var order = await JobOrderDetailsReader.ReadAsync(db, orders, query.Id, cancellationToken) ?? throw new NotFoundException();
        var minimum = await DestinationMinimumWage.FindAsync(db, order.Terms.CountryCode, AgencyCalendar.Today(clock), cancellationToken);
        return new JobOrderForApproval(order, minimum);
    }
}
