using System.Globalization;
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

    public EmailContent Notice(string culture, string messageKey, IReadOnlyList<string> arguments, string path)
    {
        // The officer's request is in the officer's language; the citizen reads the email in their own.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalLocalization.Cultures.Contains(culture) ? culture : PortalLocalization.DefaultCulture);
        try
        {
            var notice = text[messageKey, [.. arguments]].Value;
            return new(notice, text["Email.Notice.Body", notice, AbsoluteLink(path)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // Outside a request (a background job) the notice carries the path alone; the in-app notice links it anyway.
    private string AbsoluteLink(string path) =>
        accessor.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}" : path;

    private string ResetLink(Guid userId, string token)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("Emails with links are written while serving a request.");
        return links.GetUriByPage(context, "/Account/ResetPassword", handler: null, values: new { userId, token })
            ?? throw new InvalidOperationException("The reset page has no route.");
    }
}
