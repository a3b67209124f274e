using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Notifications;

public sealed record CountMyUnreadNotificationsQuery : IQuery<int>;

/// <summary>The query names the signed-in user's id: nobody counts another's notices.</summary>
public sealed class CountMyUnreadNotificationsHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<CountMyUnreadNotificationsQuery, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotificationsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }
}
