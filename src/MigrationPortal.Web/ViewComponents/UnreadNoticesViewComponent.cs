using Mediator;
using Microsoft.AspNetCore.Mvc;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Web.ViewComponents;

/// <summary>The header's link to the notices, with the number not yet read.</summary>
public sealed class UnreadNoticesViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await sender.Send(new CountMyUnreadNotificationsQuery(), HttpContext.RequestAborted));
}
