namespace MigrationPortal.Application.Email;

/// <summary>An email's subject and plain-text body, already in the recipient's language.</summary>
public sealed record EmailContent(string Subject, string Body);

/// <summary>Writes the portal's emails; the web layer knows the language and the links.</summary>
public interface IPortalEmails
{
    EmailContent StaffInvitation(string fullName, Guid userId, string passwordToken);

    EmailContent PasswordReset(Guid userId, string passwordToken);
}
