using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.Candidates;

/// <summary>The candidates the agency shortlisted for one of the employer's own orders, and the employer's decisions.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordContractCommand Input { get; set; } = new();

    public CandidatesPage Candidates { get; private set; } = new(Guid.Empty, "", 0, 0, 0, "", 0, []);

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDecideAsync(Guid applicationId, uint version, ApplicationStatus target, string? reason)
    {
        ModelState.Clear();
        await sender.Send(new DecideOnCandidateCommand(applicationId, version, target, reason), HttpContext.RequestAborted);
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostContractAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostArrivedAsync(Guid applicationId)
    {
        ModelState.Clear();
        await sender.Send(new ConfirmArrivalCommand(applicationId), HttpContext.RequestAborted);
        return RedirectToPage(new { Id });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Candidates = await sender.Send(new ListCandidatesQuery(Id), cancellationToken);
}
