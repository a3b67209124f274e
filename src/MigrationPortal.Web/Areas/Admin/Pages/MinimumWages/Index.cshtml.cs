using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.MinimumWages;

/// <summary>Destinations' minimum wages, newest first, and the form to record one; approval checks orders against them.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public AddMinimumWageCommand Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public IReadOnlyList<MinimumWageRow> Rows { get; private set; } = [];

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public IReadOnlyList<Option> Currencies { get; private set; } = [];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { added = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Rows = await sender.Send(new ListMinimumWagesQuery(), cancellationToken);
        Countries = await sender.Send(new ListDestinationCountriesQuery(), cancellationToken);
        Currencies = await sender.Send(new ListCurrenciesQuery(), cancellationToken);
    }
}
