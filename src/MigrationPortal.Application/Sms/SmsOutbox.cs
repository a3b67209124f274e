using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Sms;

/// <summary>Writes the portal's text messages; the web layer knows the language.</summary>
public interface IPortalSms
{
    /// <summary>A one-time code with the portal's name and a warning not to share it: nothing else, nothing personal.</summary>
    string PhoneCode(string code);

    /// <summary>To the old number after an account moved to a new one: that it happened and whom to call; no number, no name.</summary>
    string PhoneChanged();
}

/// <summary>Queues a text message in the same unit of work as the change it belongs to; the dispatcher sends it.</summary>
public static class SmsOutbox
{
    public static void EnqueueSms(this IPortalDbContext db, TimeProvider clock, string to, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        db.OutboxSms.Add(new OutboxSms(Guid.CreateVersion7(), to, text, clock.GetUtcNow()));
    }
}
