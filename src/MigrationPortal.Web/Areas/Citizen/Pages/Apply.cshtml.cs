using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Citizen.Pages;

/// <summary>Apply with one click when eligible; otherwise say exactly why not (issue 4).</summary>
public sealed class ApplyModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public IReadOnlyList<IneligibleReason> Reasons { get; private set; } = [];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(new ApplyToJobOrderCommand(Id), HttpContext.RequestAborted);
        return RedirectToPage("/Applications/Index");
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Reasons = await sender.Send(new GetEligibilityQuery(Id), cancellationToken);
}
