using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Employers;

public sealed class EditModel(ISender sender) : PageModel, IFormPage, IEmployerForm
{
    [BindProperty]
    public UpdateEmployerCommand Input { get; set; } = new();

    public EmployerDetailsView Current { get; private set; } = null!;

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public bool Saved { get; private set; }

    IEmployerInput IEmployerForm.Input => Input;

    [FromRoute]
    public Guid Id { get; set; }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
        FillInputFromCurrent();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The id comes from the route, never from a form field.
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { Id, saved = "true" });
    }

    public async Task<IActionResult> OnPostStatusAsync(string? reason)
    {
        ModelState.Clear();
        await LoadFormAsync(HttpContext.RequestAborted);
        FillInputFromCurrent();
        await sender.Send(new ChangeEmployerStatusCommand(Id, Current.Status == EmployerStatus.Active, reason), HttpContext.RequestAborted);
        return RedirectToPage(new { Id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Current = await sender.Send(new GetEmployerQuery(Id), cancellationToken);
        Countries = await sender.Send(new ListCountriesQuery(), cancellationToken);
    }

    private void FillInputFromCurrent() =>
        Input = new UpdateEmployerCommand
        {
            Id = Current.Id,
            Version = Current.Version,
            LegalName = Current.LegalName,
            CountryCode = Current.CountryCode,
            RegistrationNumber = Current.RegistrationNumber,
            AgreementNumber = Current.AgreementNumber,
            AgreementValidFrom = Current.AgreementValidFrom,
            AgreementValidTo = Current.AgreementValidTo,
            ContactName = Current.ContactName,
            ContactEmail = Current.ContactEmail,
            ContactPhone = Current.ContactPhone,
        };
}
