using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Sends a submitted order back to the employer with the agency's reason, which the employer reads before correcting it.</summary>
public sealed record RejectJobOrderCommand : ICommand
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; }

    public uint Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class RejectJobOrderValidator : AbstractValidator<RejectJobOrderCommand>
{
    public RejectJobOrderValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(RejectJobOrderCommand.ReasonMaxLength);
}

public sealed class RejectJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<RejectJobOrderCommand>
{
    public async ValueTask<Unit> Handle(RejectJobOrderCommand command, CancellationToken cancellationToken)
    {
        var orders = await ApprovalScope.ReviewableOrdersAsync(db, currentUser, cancellationToken);
        var order = await orders.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(order, command.Version);
        order.Reject(command.Reason!, currentUser.RequireUserId(), clock.GetUtcNow());
        await notifier.NotifyEmployerAsync(StatusNotices.For(order), cancellationToken);
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
