using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Web.Pages;

/// <summary>The signed-in user's notices, whoever they are: citizens, employers and agency staff are all told of changes.</summary>
[Authorize]
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
        return RedirectToPage("/Notifications", new { area = "" });
    }
}
