using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Publishes a paused order again. The version is the one the employer saw.</summary>
public sealed record ResumeJobOrderCommand(Guid Id, uint Version) : ICommand;

public sealed class ResumeJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<ResumeJobOrderCommand>
{
    public async ValueTask<Unit> Handle(ResumeJobOrderCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var order = await EmployerJobOrders.LoadAsync(db, command.Id, command.Version, cancellationToken);
        order.Resume(currentUser.RequireUserId(), clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
