using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.MinimumWages;

/// <summary>One minimum wage: correct its amount with a reason, go on to retire it, and every change made to it.</summary>
public sealed class EditModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public CorrectMinimumWageCommand Input { get; set; } = new();

    [FromRoute]
    public long Id { get; set; }

    public bool Saved { get; private set; }

    public MinimumWageEntry Entry { get; private set; } = null!;

    public IReadOnlyList<Option> Currencies { get; private set; } = [];

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new CorrectMinimumWageCommand { MonthlyAmount = Entry.MonthlyAmount, Currency = Entry.CurrencyCode };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { id = Id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Entry = await sender.Send(new GetMinimumWageQuery(Id), cancellationToken);
        Currencies = await sender.Send(new ListCurrenciesQuery(), cancellationToken);
    }
}
