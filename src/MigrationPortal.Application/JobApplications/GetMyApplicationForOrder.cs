using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>The signed-in citizen's application to one job order, if they made one: a vacancy page then says so instead of offering "Apply".</summary>
public sealed record GetMyApplicationForOrderQuery(Guid JobOrderId) : IQuery<MyApplicationForOrder?>;

public sealed record MyApplicationForOrder(Guid Id, DateTimeOffset SubmittedAt, ApplicationStatus Status);

public sealed class GetMyApplicationForOrderHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyApplicationForOrderQuery, MyApplicationForOrder?>
{
    public async ValueTask<MyApplicationForOrder?> Handle(GetMyApplicationForOrderQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);

        // The citizen filter keeps this to the citizen's own applications; a citizen applies to an order once.
        return await db.JobApplications.AsNoTracking()
            .Where(a => a.JobOrderId == query.JobOrderId)
            .Select(a => new MyApplicationForOrder(a.Id, a.SubmittedAt, a.Status))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
