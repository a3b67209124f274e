using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.JobOrders;

/// <summary>The reviewer's view of a submitted order: every term, the destination's minimum wage, approve or reject.</summary>
public sealed class ReviewModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The reject form; the approve form posts only its <see cref="RejectJobOrderCommand.Version"/>.</summary>
    [BindProperty]
    public RejectJobOrderCommand Input { get; set; } = new();

    public JobOrderForApproval Review { get; private set; } = null!;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostApproveAsync()
    {
        // The order comes from the route; whether this reviewer may decide on it, from the signed-in user's claims.
        await sender.Send(new ApproveJobOrderCommand(Id, Input.Version), HttpContext.RequestAborted);
        return RedirectToPage("/JobOrders/Index", new { decided = JobOrderStatus.Published });
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage("/JobOrders/Index", new { decided = JobOrderStatus.Rejected });
    }

    /// <summary>Also after a refused decision: the order is shown as it now is, with its current version.</summary>
    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Review = await sender.Send(new GetJobOrderForApprovalQuery(Id), cancellationToken);
}
