using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.Applications;

/// <summary>The screening queue: filter, tick applications, move them together (bulk shortlist with a note).</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [FromQuery]
    public ApplicationStatus? Status { get; set; }

    [FromQuery]
    public Guid? Order { get; set; }

    [FromQuery]
    public string? Country { get; set; }

    [FromQuery]
    public Guid? Unit { get; set; }

    [FromQuery]
    public string? After { get; set; }

    public ScreeningPage Queue { get; private set; } = new([], 0, null);

    public static IReadOnlyList<ApplicationStatus> Moves { get; } =
    [
        ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.NotSelected,
        ApplicationStatus.PreDeparture, ApplicationStatus.Departed, ApplicationStatus.Returned,
    ];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(List<Guid> ids, ApplicationStatus target, string? note)
    {
        var moved = await sender.Send(new MoveApplicationsCommand(ids, target, note), HttpContext.RequestAborted);
        return Redirect($"/Agency/Applications?status={target}&moved={moved}");
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new ScreeningQueueQuery(Order, Country, Status, Unit, After), cancellationToken);
}
