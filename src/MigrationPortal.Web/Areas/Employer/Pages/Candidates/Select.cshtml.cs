using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.Candidates;

/// <summary>Selecting takes a position and tells the citizen, so the employer confirms it on a page of its own (no script needed).</summary>
public sealed class SelectModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid ApplicationId { get; set; }

    public CandidateSummary Candidate { get; private set; } = null!;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(uint version)
    {
        await sender.Send(new DecideOnCandidateCommand(ApplicationId, version, ApplicationStatus.Selected, null) { Confirmed = true }, HttpContext.RequestAborted);
        var candidate = await sender.Send(new GetCandidateQuery(ApplicationId), HttpContext.RequestAborted);
        return RedirectToPage("/Candidates/Index", new { id = candidate.JobOrderId });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Candidate = await sender.Send(new GetCandidateQuery(ApplicationId), cancellationToken);
}
