using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.Areas.Employer.Pages.Candidates;

/// <summary>All the employer's candidates across its orders, filtered by order and status (issue 11).</summary>
public sealed class AllModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Order { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    public AllCandidatesPage Result { get; private set; } = new(new([], 1, Paging.DefaultPageSize, 0), []);

    /// <summary>The statuses a shortlisted candidate can be in, in the pipeline's order.</summary>
    public static IReadOnlyList<ApplicationStatus> Statuses { get; } = [.. Enum.GetValues<ApplicationStatus>().Where(s => s >= ApplicationStatus.Shortlisted)];

    public PagerModel Pager => new(Result.Candidates.Page, Result.Candidates.PageCount, "/Candidates/All", new Dictionary<string, string?>
    {
        ["order"] = Order?.ToString(),
        ["status"] = Status?.ToString(),
    });

    public async Task OnGetAsync([FromQuery] int? page) =>
        Result = await sender.Send(new ListAllCandidatesQuery(Order, Status, page), HttpContext.RequestAborted);
}
