using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Email;

/// <summary>An email's subject and plain-text body, already in the recipient's language.</summary>
public sealed record EmailContent(string Subject, string Body);

/// <summary>Writes the portal's emails; the web layer knows the language and the links.</summary>
public interface IPortalEmails
{
    EmailContent StaffInvitation(string fullName, Guid userId, string passwordToken);

    EmailContent PasswordReset(Guid userId, string passwordToken);

    /// <summary>An in-app notice sent by email too, written in the recipient's culture with a link to what <paramref name="target"/> points at.</summary>
    EmailContent Notice(string culture, string messageKey, IReadOnlyList<string> arguments, NoticeTarget target);
}
