using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Notifications;

public sealed record NotificationItem(Guid Id, string MessageKey, IReadOnlyList<string> Arguments, NoticeTarget Target, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>A page of the user's notices, newest first; <see cref="OlderThan"/> continues after the last one shown.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, Guid? OlderThan);

public sealed record ListMyNotificationsQuery(Guid? OlderThan) : IQuery<NotificationPage>;

/// <summary>The query names the signed-in user's id: nobody reads another's notices.</summary>
public sealed class ListMyNotificationsHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyNotificationsQuery, NotificationPage>
{
    public const int PageSize = 20;

    public async ValueTask<NotificationPage> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (query.OlderThan is { } olderThan)
        {
            var cursor = await mine.Where(n => n.Id == olderThan).Select(n => new { n.CreatedAt, n.Id }).SingleOrDefaultAsync(cancellationToken);
            if (cursor is not null)
            {
                mine = mine.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(cursor.CreatedAt, cursor.Id)));
            }
        }

        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(PageSize + 1)
            .Select(n => new NotificationItem(n.Id, n.MessageKey, n.Arguments, new NoticeTarget(n.TargetKind, n.TargetId), n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return rows.Count > PageSize
            ? new NotificationPage(rows[..PageSize], rows[PageSize - 1].Id)
            : new NotificationPage(rows, null);
    }
}
