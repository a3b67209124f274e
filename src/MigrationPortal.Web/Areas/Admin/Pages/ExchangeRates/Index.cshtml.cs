using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.ExchangeRates;

/// <summary>The dated exchange rates, newest first, and the form to record one; a currency's latest rate prices its job orders in dollars.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public AddExchangeRateCommand Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public IReadOnlyList<ExchangeRateRow> Rows { get; private set; } = [];

    public IReadOnlyList<Option> Currencies { get; private set; } = [];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { added = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Rows = await sender.Send(new ListExchangeRatesQuery(), cancellationToken);
        Currencies = [.. (await sender.Send(new ListCurrenciesQuery(), cancellationToken)).Where(c => c.Value != "USD")];
    }
}
