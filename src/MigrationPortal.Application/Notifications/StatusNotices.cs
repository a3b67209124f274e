using System.Globalization;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Notifications;

/// <summary>
/// The notice each status change sends, built in one place: the handlers send it through <see cref="Notifier"/>,
/// and the demo data, which moves its records through the same changes, stores the same notices at its own times.
/// </summary>
public static class StatusNotices
{
    /// <summary>The citizen's notice of the status their profile has just reached.</summary>
    public static Notice For(WorkerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var key = profile.Status switch
        {
            ProfileStatus.Submitted => "Notice.ProfileSubmitted",
            ProfileStatus.Returned => "Notice.ProfileReturned",
            ProfileStatus.Verified => "Notice.ProfileVerified",
            _ => "Notice.ProfileBackToDraft",
        };
        return new Notice(profile.CitizenId, key, [], NoticeTarget.WorkerProfile(profile.Id));
    }

    /// <summary>The citizen's notice of the status their application has just reached; an interview carries its time and place.</summary>
    public static Notice For(JobApplication application, string orderTitle)
    {
        ArgumentNullException.ThrowIfNull(application);
        var target = NoticeTarget.JobApplication(application.Id);
        return application is { Status: ApplicationStatus.Interview, InterviewAt: { } startsAt }
            ? new Notice(
                application.CitizenId,
                "Notice.Application.InterviewInvitation",
                [orderTitle, InterviewTexts.When(startsAt), InterviewTexts.Where(application.InterviewPlace, application.InterviewLink)],
                target)
            : new Notice(application.CitizenId, $"Notice.Application.{application.Status}", [orderTitle], target);
    }

    /// <summary>The employer's notice of the status its order has just reached: approved, rejected with the agency's reason, or expired.</summary>
    public static EmployerNotice For(JobOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var target = NoticeTarget.JobOrder(order.Id);
        return order.Status switch
        {
            JobOrderStatus.Published => new EmployerNotice(order.OrganizationId, "Notice.Employer.OrderApproved", [order.Title], target),
            JobOrderStatus.Rejected => new EmployerNotice(order.OrganizationId, "Notice.Employer.OrderRejected", [order.Title, order.RejectionReason ?? ""], target),
            JobOrderStatus.Expired => new EmployerNotice(order.OrganizationId, "Notice.Employer.OrderExpired", [order.Title], target),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order.Status, null),
        };
    }

    /// <summary>The employer's notice that the agency shortlisted <paramref name="count"/> candidates for one of its orders.</summary>
    public static EmployerNotice Shortlisted(Guid employerId, Guid orderId, string orderTitle, int count) =>
        new(employerId, "Notice.Employer.Shortlisted", [count.ToString(CultureInfo.InvariantCulture), orderTitle], NoticeTarget.JobOrderCandidates(orderId));

    /// <summary>The employer's notice that a candidate it could see withdrew from one of its orders.</summary>
    public static EmployerNotice CandidateWithdrew(JobOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new EmployerNotice(order.OrganizationId, "Notice.Employer.CandidateWithdrew", [order.Title], NoticeTarget.JobOrderCandidates(order.Id));
    }
}
