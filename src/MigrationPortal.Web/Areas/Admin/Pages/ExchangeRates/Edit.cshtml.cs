using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.ExchangeRates;

/// <summary>One exchange rate: correct it with a reason, go on to retire it, and every change made to it.</summary>
public sealed class EditModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public CorrectExchangeRateCommand Input { get; set; } = new();

    [FromRoute]
    public long Id { get; set; }

    public bool Saved { get; private set; }

    public ExchangeRateEntry Entry { get; private set; } = null!;

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new CorrectExchangeRateCommand { UsdPerUnit = Entry.UsdPerUnit };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { id = Id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Entry = await sender.Send(new GetExchangeRateQuery(Id), cancellationToken);
}
