using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Applications;

/// <summary>"My applications": each with its status in plain words and its timeline; withdraw before departure.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public IReadOnlyList<MyApplicationItem> Applications { get; private set; } = [];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, uint version)
    {
        await sender.Send(new WithdrawApplicationCommand(id, version), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Applications = await sender.Send(new ListMyApplicationsQuery(), cancellationToken);
}
