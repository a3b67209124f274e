using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Stops a published order from taking applications for a while. The version is the one the employer saw.</summary>
public sealed record PauseJobOrderCommand(Guid Id, uint Version) : ICommand;

public sealed class PauseJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<PauseJobOrderCommand>
{
    public async ValueTask<Unit> Handle(PauseJobOrderCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var order = await EmployerJobOrders.LoadAsync(db, command.Id, command.Version, cancellationToken);
        order.Pause(currentUser.RequireUserId(), clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
