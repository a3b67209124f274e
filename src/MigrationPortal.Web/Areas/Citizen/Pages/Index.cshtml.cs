using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Dashboards;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Citizen.Pages;

/// <summary>The citizen's home: the profile's state and what it still lacks, the applications that need them, the latest notices, the next step.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int NoticeCount = 3;

    public MyProfileView Profile { get; private set; } = new();

    public IReadOnlyList<MyApplicationItem> Applications { get; private set; } = [];

    public IReadOnlyList<NotificationItem> Notices { get; private set; } = [];

    /// <summary>What a branch entered for the citizen, when the account was opened at one.</summary>
    public MyAssistedRegistration? Assisted { get; private set; }

    public CitizenNextStep Next => CitizenSteps.Next(Profile.Status, Profile.Missing.Count, Applications.Select(a => a.Status));

    public IEnumerable<MyApplicationItem> NeedingAction => Applications.Where(a => CitizenSteps.AwaitsCitizen(a.Status));

    public async Task OnGetAsync()
    {
        Profile = await sender.Send(new GetMyProfileQuery(), HttpContext.RequestAborted);
        Applications = await sender.Send(new ListMyApplicationsQuery(), HttpContext.RequestAborted);
        Notices = [.. (await sender.Send(new ListMyNotificationsQuery(null), HttpContext.RequestAborted)).Items.Take(NoticeCount)];
        Assisted = await sender.Send(new GetMyAssistedRegistrationQuery(), HttpContext.RequestAborted);
    }
}
