using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Web.Areas.Agency.Pages.JobOrders;

/// <summary>The approval queue: submitted job orders in the reviewer's scope, oldest first.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The decision just made, told once after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Decided { get; set; }

    public JobOrderApprovalPage Result { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Result = await sender.Send(new JobOrderApprovalQueueQuery(After), HttpContext.RequestAborted);
}
