using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Email;

namespace MigrationPortal.Web.Localization;

/// <summary>Writes the portal's emails in the language of the request that caused them, with absolute links back.</summary>
public sealed class PortalEmails(IStringLocalizer<SharedResource> text, LinkGenerator links, IHttpContextAccessor accessor) : IPortalEmails
{
    public EmailContent StaffInvitation(string fullName, Guid userId, string passwordToken) =>
        new(text["Email.Invitation.Subject"], text["Email.Invitation.Body", fullName, ResetLink(userId, passwordToken)]);

    public EmailContent PasswordReset(Guid userId, string passwordToken) =>
        new(text["Email.Reset.Subject"], text["Email.Reset.Body", ResetLink(userId, passwordToken)]);

    private string ResetLink(Guid userId, string token)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("Emails with links are written while serving a request.");
        return links.GetUriByPage(context, "/Account/ResetPassword", handler: null, values: new { userId, token })
            ?? throw new InvalidOperationException("The reset page has no route.");
    }
}
