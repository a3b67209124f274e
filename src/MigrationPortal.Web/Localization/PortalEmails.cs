using System.Globalization;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Localization;

/// <summary>
/// Writes the portal's emails in the language of the request that caused them, with absolute links back built from
/// the configured public address (never from the request's Host header: a forged one would send a reset token away).
/// </summary>
public sealed class PortalEmails(IStringLocalizer<SharedResource> text, LinkGenerator links, NoticeLinks notices, PublicAddress address) : IPortalEmails
{
    public EmailContent StaffInvitation(string fullName, Guid userId, string passwordToken) =>
        new(text["Email.Invitation.Subject"], text["Email.Invitation.Body", fullName, ResetLink(userId, passwordToken)]);

    public EmailContent PasswordReset(Guid userId, string passwordToken) =>
        new(text["Email.Reset.Subject"], text["Email.Reset.Body", ResetLink(userId, passwordToken)]);

    public EmailContent Notice(string culture, string messageKey, IReadOnlyList<string> arguments, NoticeTarget target)
    {
        // The officer's request is in the officer's language; the citizen reads the email in their own.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalLocalization.Cultures.Contains(culture) ? culture : PortalLocalization.DefaultCulture);
        try
        {
            var notice = text[messageKey, [.. arguments]].Value;
            return new(notice, text["Email.Notice.Body", notice, address.Absolute(notices.PathOf(target, address.PathBase))]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string ResetLink(Guid userId, string token) =>
        address.Absolute(links.GetPathByPage("/Account/ResetPassword", handler: null, values: new { area = "", userId, token }, address.PathBase)
            ?? throw new InvalidOperationException("The reset page has no route."));
}
