using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Verification;

namespace MigrationPortal.Web.Areas.Agency.Pages;

/// <summary>A supervisor's view of the verification work: the waiting profiles per unit and each officer's decisions.</summary>
public sealed class WorkloadModel(ISender sender) : PageModel
{
    public OfficerWorkload Workload { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Workload = await sender.Send(new OfficerWorkloadQuery(), HttpContext.RequestAborted);
}
