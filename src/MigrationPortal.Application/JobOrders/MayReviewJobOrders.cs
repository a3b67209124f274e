using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Whether the signed-in user reviews job orders (<see cref="ApprovalScope"/>): the approval pages' authorization policy.</summary>
public sealed record MayReviewJobOrdersQuery : IQuery<bool>;

public sealed class MayReviewJobOrdersHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<MayReviewJobOrdersQuery, bool>
{
    public async ValueTask<bool> Handle(MayReviewJobOrdersQuery query, CancellationToken cancellationToken) =>
        await ApprovalScope.MayReviewAsync(db, currentUser, cancellationToken);
}
