using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.MinimumWages;

/// <summary>Asks for the reason before a minimum wage stops counting for approval.</summary>
public sealed class RetireModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public RetireWageReferenceCommand Input { get; set; } = new();

    [FromRoute]
    public long Id { get; set; }

    public MinimumWageEntry Entry { get; private set; } = null!;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { Kind = WageReferenceKind.MinimumWage, Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage("/MinimumWages/Edit", new { id = Id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Entry = await sender.Send(new GetMinimumWageQuery(Id), cancellationToken);
}
