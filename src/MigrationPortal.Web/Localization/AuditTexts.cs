using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Audit;

namespace MigrationPortal.Web.Localization;

/// <summary>An audit row's action and subject in the user's language, alike on the log, its export and the citizen's page.</summary>
public static class AuditTexts
{
    public static string Action(IStringLocalizer text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Audit.Action.{action}"];
    }

    /// <summary>A document's kind, a status, or the order's title; an order the reader may not see stays unnamed.</summary>
    public static string Subject(IStringLocalizer text, string action, string? subject, string? orderTitle)
    {
        ArgumentNullException.ThrowIfNull(text);
        return action switch
        {
            _ when subject is null => "",
            _ when PersonalDataAudit.IsAboutOrder(action) => orderTitle ?? "",
            PersonalDataAudit.DownloadDocument => text[$"DocumentKind.{subject}"],
            PersonalDataAudit.ViewProfileQueue => text[$"ProfileStatus.{subject}"],
            PersonalDataAudit.ViewScreeningQueue or PersonalDataAudit.MoveApplication or PersonalDataAudit.DecideOnCandidate => text[$"ApplicationStatus.{subject}"],
            PersonalDataAudit.OneIdLinked => text[$"Audit.OneIdTie.{subject}"],
            _ => subject,
        };
    }
}
