using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Notifications;

public sealed record MarkMyNotificationsReadCommand : ICommand;

/// <summary>The update names the signed-in user's id: nobody marks another's notices.</summary>
public sealed class MarkMyNotificationsReadHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<MarkMyNotificationsReadCommand>
{
    public async ValueTask<Unit> Handle(MarkMyNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Unit.Value;
    }
}
