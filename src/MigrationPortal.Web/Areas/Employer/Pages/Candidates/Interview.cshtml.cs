using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.Candidates;

/// <summary>The employer invites a shortlisted candidate to an interview: date, time, and a place or a video link.</summary>
public sealed class InterviewModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid ApplicationId { get; set; }

    [BindProperty]
    public InviteToInterviewCommand Input { get; set; } = new();

    public CandidateSummary Candidate { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = Input with { Version = Candidate.Version };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { ApplicationId = ApplicationId }, HttpContext.RequestAborted);
        var candidate = await sender.Send(new GetCandidateQuery(ApplicationId), HttpContext.RequestAborted);
        return RedirectToPage("/Candidates/Index", new { id = candidate.JobOrderId });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Candidate = await sender.Send(new GetCandidateQuery(ApplicationId), cancellationToken);
}
