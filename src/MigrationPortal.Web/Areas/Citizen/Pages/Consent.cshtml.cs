using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Citizen.Pages;

/// <summary>Consent to the processing of personal data: the text of the current version, the citizen's history, give or withdraw.</summary>
public sealed class ConsentModel(ISender sender) : PageModel, IFormPage
{
    public ConsentView Consent { get; private set; } = new("", default, "", false, []);

    [BindProperty]
    public GiveConsentCommand Input { get; set; } = new();

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage("/Profile/Index");
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        ModelState.Clear();
        await sender.Send(new WithdrawConsentCommand(), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Consent = await sender.Send(new GetConsentQuery(), cancellationToken);
}
