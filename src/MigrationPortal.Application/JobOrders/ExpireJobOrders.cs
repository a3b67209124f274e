using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// Moves published and paused orders whose application deadline has passed (by the agency's day) to Expired, and
/// tells each employer. Run by the portal's scheduler; returns how many orders expired.
/// </summary>
public sealed record ExpireJobOrdersCommand : ICommand<int>;

public sealed class ExpireJobOrdersHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<ExpireJobOrdersCommand, int>
{
    /// <summary>Orders expired per transaction, so one run never holds thousands of rows at once.</summary>
    public const int BatchSize = 200;

    /// <summary>Who the status history names for a move the portal makes by itself.</summary>
    public static readonly Guid PortalActor = Guid.Empty;

    public async ValueTask<int> Handle(ExpireJobOrdersCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var today = AgencyCalendar.Today(clock);
        var expired = 0;
        while (true)
        {
            var overdue = await db.JobOrders
                .Where(o => (o.Status == JobOrderStatus.Published || o.Status == JobOrderStatus.Paused) && o.ApplicationDeadline < today)
                .OrderBy(o => o.ApplicationDeadline).ThenBy(o => o.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (overdue.Count == 0)
            {
                return expired;
            }

            var now = clock.GetUtcNow();
            foreach (var order in overdue)
            {
                order.Expire(PortalActor, now);
            }

            await notifier.NotifyEmployersAsync([.. overdue.Select(StatusNotices.For)], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(overdue[0]).Context.ChangeTracker.Clear();
            expired += overdue.Count;
        }
    }
}
