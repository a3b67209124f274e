using Mediator;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Sends a draft or a corrected rejected order to the agency for approval; the deadline must still be ahead. The version is the one the employer saw.</summary>
public sealed record SubmitJobOrderCommand(Guid Id, uint Version) : ICommand;

public sealed class SubmitJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SubmitJobOrderCommand>
{
    public async ValueTask<Unit> Handle(SubmitJobOrderCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var order = await EmployerJobOrders.LoadAsync(db, command.Id, command.Version, cancellationToken);
        order.Submit(currentUser.RequireUserId(), clock.GetUtcNow(), AgencyCalendar.Today(clock));
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
