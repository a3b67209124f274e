using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

public sealed class CreateModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public CreateStaffAccountCommand Input { get; set; } = new();

    public IReadOnlyList<Option> Kinds { get; private set; } = [];

    public IReadOnlyList<Option> Units { get; private set; } = [];

    public IReadOnlyList<Option> Employers { get; private set; } = [];

    public async Task OnGetAsync(Guid? employerId)
    {
        Input = new CreateStaffAccountCommand { EmployerId = employerId };
        await LoadFormAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage("/Accounts/Index", new { created = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Kinds = [.. Enum.GetValues<UserKind>().Where(k => k != UserKind.Citizen).Select(k => new Option(k.ToString(), text[$"Kind.{k}"]))];
        Units = await sender.Send(new ListAgencyUnitsQuery(), cancellationToken);
        Employers = await sender.Send(new ListEmployerOptionsQuery(), cancellationToken);
    }
}
