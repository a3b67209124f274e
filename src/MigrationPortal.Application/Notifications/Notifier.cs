using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Notifications;

/// <summary>
/// Tells a user about a change: an in-app notice and, when the account has an email address, the same notice by
/// email through the outbox, in the language the user last used. Both join the caller's unit of work.
/// </summary>
public sealed class Notifier(IPortalDbContext db, IPortalEmails emails, TimeProvider clock)
{
    public async Task NotifyAsync(Guid userId, string messageKey, IReadOnlyList<string> arguments, string link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var recipient = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.PreferredCulture })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), userId, messageKey, arguments, link, clock.GetUtcNow()));
        if (!string.IsNullOrEmpty(recipient.Email))
        {
            var content = emails.Notice(recipient.PreferredCulture, messageKey, arguments, link);
            db.Enqueue(clock, recipient.Email, content.Subject, content.Body);
        }
    }
}
