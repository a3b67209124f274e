using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Dashboards;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Organizations.Employers;

namespace MigrationPortal.Web.Areas.Employer.Pages;

/// <summary>The employer's home: the next step, the candidates waiting for a decision, the open orders by status, the latest notices, the agreement (issue 11).</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int NoticeCount = 3;

    public MyOrganization Organization { get; private set; } = null!;

    public EmployerDesk Desk { get; private set; } = null!;

    public IReadOnlyList<NotificationItem> Notices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organization = await sender.Send(new GetMyOrganizationQuery(), HttpContext.RequestAborted);
        Desk = await sender.Send(new EmployerDeskQuery(), HttpContext.RequestAborted);
        Notices = [.. (await sender.Send(new ListMyNotificationsQuery(null), HttpContext.RequestAborted)).Items.Take(NoticeCount)];
    }
}
