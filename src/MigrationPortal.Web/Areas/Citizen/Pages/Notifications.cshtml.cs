using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Web.Areas.Citizen.Pages;

public sealed class NotificationsModel(ISender sender) : PageModel
{
    public NotificationPage Notices { get; private set; } = new([], null);

    [FromQuery(Name = "older")]
    public Guid? OlderThan { get; set; }

    public async Task OnGetAsync() =>
        Notices = await sender.Send(new ListMyNotificationsQuery(OlderThan), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReadAsync()
    {
        await sender.Send(new MarkMyNotificationsReadCommand(), HttpContext.RequestAborted);
        return Redirect("/Citizen/Notifications");
    }
}
