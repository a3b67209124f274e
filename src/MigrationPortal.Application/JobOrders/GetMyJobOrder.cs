using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>One of the employer's own orders with its terms, status, the agency's reason and its history.</summary>
public sealed record GetMyJobOrderQuery(Guid Id) : IQuery<JobOrderDetails>;

public sealed class GetMyJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyJobOrderQuery, JobOrderDetails>
{
    public async ValueTask<JobOrderDetails> Handle(GetMyJobOrderQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();

        // The tenant filter answers "not found" for another employer's order.
        return await JobOrderDetailsReader.ReadAsync(db, db.JobOrders, query.Id, cancellationToken) ?? throw new NotFoundException();
    }
}
