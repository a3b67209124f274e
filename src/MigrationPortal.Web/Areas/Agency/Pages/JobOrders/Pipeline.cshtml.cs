using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.JobOrders;

/// <summary>
/// One job order's whole pipeline as the agency sees it: the order, the applications in the user's scope with their
/// timelines, and for a supervisor the form that records a contract worse than the order (issue 4).
/// </summary>
public sealed class PipelineModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public string? After { get; set; }

    /// <summary>The selected application whose contract the supervisor is about to record.</summary>
    [FromQuery]
    public Guid? Contract { get; set; }

    [BindProperty]
    public ApproveContractDeviationCommand Input { get; set; } = new();

    public OrderPipeline Pipeline { get; private set; } = null!;

    /// <summary>The application the contract form is shown for: the one chosen, or the one just refused.</summary>
    public Guid? ContractFor => Input.ApplicationId != Guid.Empty ? Input.ApplicationId : Contract;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        // Whether this user may approve a worse contract comes from the signed-in user's claims, in the handler.
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(null, null, new { Id, recorded = "true", after = After }, $"app-{Input.ApplicationId}");
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Pipeline = await sender.Send(new OrderPipelineQuery(Id, After), cancellationToken);
}
