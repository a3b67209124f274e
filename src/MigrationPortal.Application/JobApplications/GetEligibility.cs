using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>Whether the signed-in citizen may apply to an order, and if not, every reason why.</summary>
public sealed record GetEligibilityQuery(Guid JobOrderId) : IQuery<IReadOnlyList<IneligibleReason>>;

public sealed class GetEligibilityHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<GetEligibilityQuery, IReadOnlyList<IneligibleReason>>
{
    public async ValueTask<IReadOnlyList<IneligibleReason>> Handle(GetEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (_, reasons) = await CitizenEligibility.CheckAsync(db, currentUser, clock, query.JobOrderId, cancellationToken);
        return reasons;
    }
}
