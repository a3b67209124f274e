using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Email;

/// <summary>Queues an email in the same unit of work as the change it reports; the dispatcher sends it.</summary>
public static class EmailOutbox
{
    public static void Enqueue(this IPortalDbContext db, TimeProvider clock, string to, string subject, string textBody)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        db.OutboxEmails.Add(new OutboxEmail(Guid.CreateVersion7(), to, subject, textBody, clock.GetUtcNow()));
    }
}
