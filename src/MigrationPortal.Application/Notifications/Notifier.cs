using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Notifications;

/// <summary>One notice for one user: a resource key, its arguments and what it leads to.</summary>
public sealed record Notice(Guid UserId, string MessageKey, IReadOnlyList<string> Arguments, NoticeTarget Target)
{
    /// <summary>The notice as the user's list stores it, made at <paramref name="at"/>.</summary>
    public Notification ToNotification(DateTimeOffset at) => new(Guid.CreateVersion7(), UserId, MessageKey, Arguments, Target, at);
}

/// <summary>One notice for every user of a partner employer.</summary>
public sealed record EmployerNotice(Guid EmployerId, string MessageKey, IReadOnlyList<string> Arguments, NoticeTarget Target)
{
    /// <summary>The same notice for one of the employer's users.</summary>
    public Notice To(Guid userId) => new(userId, MessageKey, Arguments, Target);
}

/// <summary>
/// Tells users about a change: an in-app notice and, when the account has an email address, the same notice by
/// email through the outbox, in the language the user last used. Everything joins the caller's unit of work, and
/// the recipients of many notices are read in one query.
/// </summary>
public sealed class Notifier(IPortalDbContext db, IPortalEmails emails, TimeProvider clock)
{
    public Task NotifyAsync(Notice notice, CancellationToken cancellationToken) => NotifyAsync([notice], cancellationToken);

    public async Task NotifyAsync(IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var ids = notices.Select(n => n.UserId).Distinct().ToList();
        var recipients = ids.Count == 0
            ? []
            : await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.Id))
                .Select(u => new Recipient(u.Id, u.Email, u.PreferredCulture))
                .ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var notice in notices)
        {
            Add(notice, recipients.GetValueOrDefault(notice.UserId) ?? throw new NotFoundException());
        }
    }

    /// <summary>Tells every user of a partner employer (its administrators and staff) the same thing.</summary>
    public Task NotifyEmployerAsync(EmployerNotice notice, CancellationToken cancellationToken) => NotifyEmployersAsync([notice], cancellationToken);

    /// <summary>Tells each employer's users their notice; the users of every employer named are read in one query.</summary>
    public async Task NotifyEmployersAsync(IReadOnlyCollection<EmployerNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var employers = notices.Select(n => n.EmployerId).Distinct().ToList();
        if (employers.Count == 0)
        {
            return;
        }

        var users = (await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId != null && employers.Contains(u.OrganizationId.Value) && (u.Kind == UserKind.EmployerAdmin || u.Kind == UserKind.EmployerStaff))
            .Select(u => new { Employer = u.OrganizationId!.Value, Recipient = new Recipient(u.Id, u.Email, u.PreferredCulture) })
            .ToListAsync(cancellationToken))
            .ToLookup(u => u.Employer, u => u.Recipient);
        foreach (var notice in notices)
        {
            foreach (var recipient in users[notice.EmployerId])
            {
                Add(notice.To(recipient.Id), recipient);
            }
        }
    }

    private void Add(Notice notice, Recipient recipient)
    {
        db.Notifications.Add(notice.ToNotification(clock.GetUtcNow()));
        if (!string.IsNullOrEmpty(recipient.Email))
        {
            var content = emails.Notice(recipient.PreferredCulture, notice.MessageKey, notice.Arguments, notice.Target);
            db.Enqueue(clock, recipient.Email, content.Subject, content.Body);
        }
    }

    private sealed record Recipient(Guid Id, string? Email, string PreferredCulture);
}
