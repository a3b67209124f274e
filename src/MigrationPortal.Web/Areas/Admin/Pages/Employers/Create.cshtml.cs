using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Application.Reference;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Employers;

public sealed class CreateModel(ISender sender) : PageModel, IFormPage, IEmployerForm
{
    [BindProperty]
    public CreateEmployerCommand Input { get; set; } = new();

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    IEmployerInput IEmployerForm.Input => Input;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage("/Employers/Edit", new { id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Countries = await sender.Send(new ListCountriesQuery(), cancellationToken);
}
