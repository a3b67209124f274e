using Mediator;
using Microsoft.AspNetCore.Mvc;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.ViewComponents;

/// <summary>Shows which organization the signed-in user acts for, on every page.</summary>
public sealed class AffiliationViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("Default", await sender.Send(new GetAffiliationQuery(), HttpContext.RequestAborted));
}
