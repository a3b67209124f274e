using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Sms;

namespace MigrationPortal.Web.Localization;

/// <summary>Writes the portal's text messages in the language of the request that caused them.</summary>
public sealed class PortalSms(IStringLocalizer<SharedResource> text) : IPortalSms
{
    public string PhoneCode(string code) => text["Sms.PhoneCode", code];

    public string PhoneChanged() => text["Sms.PhoneChanged"];
}
