using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Ends a published or paused order for good. The version is the one the employer saw.</summary>
public sealed record CloseJobOrderCommand(Guid Id, uint Version) : ICommand;

public sealed class CloseJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<CloseJobOrderCommand>
{
    public async ValueTask<Unit> Handle(CloseJobOrderCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var order = await EmployerJobOrders.LoadAsync(db, command.Id, command.Version, cancellationToken);
        order.Close(currentUser.RequireUserId(), clock.GetUtcNow(), null);
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
