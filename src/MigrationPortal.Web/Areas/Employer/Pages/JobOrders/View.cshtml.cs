using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.JobOrders;

/// <summary>One of the employer's orders: its terms, status and history, and the moves its status allows.</summary>
public sealed class ViewModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The version the employer saw, posted back by each action's form.</summary>
    [BindProperty]
    public uint Version { get; set; }

    public JobOrderDetails Order { get; private set; } = null!;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostSubmitAsync() => ActAsync(new SubmitJobOrderCommand(Id, Version));

    public Task<IActionResult> OnPostPauseAsync() => ActAsync(new PauseJobOrderCommand(Id, Version));

    public Task<IActionResult> OnPostResumeAsync() => ActAsync(new ResumeJobOrderCommand(Id, Version));

    public Task<IActionResult> OnPostCloseAsync() => ActAsync(new CloseJobOrderCommand(Id, Version));

    /// <summary>Also after a refused move: the order is shown as it now is, with its current version.</summary>
    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Order = await sender.Send(new GetMyJobOrderQuery(Id), cancellationToken);

    private async Task<IActionResult> ActAsync(ICommand command)
    {
        await sender.Send(command, HttpContext.RequestAborted);
        return RedirectToPage(new { Id });
    }
}
