using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

/// <summary>A staff account's name, email and phone, its kind and its unit or employer, and every change made to them.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public UpdateStaffAccountCommand Input { get; set; } = new();

    [FromRoute]
    public Guid Id { get; set; }

    public bool Saved { get; private set; }

    public StaffAccountDetails Account { get; private set; } = null!;

    public IReadOnlyList<Option> Kinds { get; private set; } = [];

    public IReadOnlyList<Option> Units { get; private set; } = [];

    public IReadOnlyList<Option> Employers { get; private set; } = [];

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new UpdateStaffAccountCommand
        {
            FullName = Account.FullName,
            Email = Account.Email,
            PhoneNumber = Account.PhoneNumber,
            Kind = Account.Kind,
            UnitId = Account.UnitId,
            EmployerId = Account.EmployerId,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { id = Id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Account = await sender.Send(new GetStaffAccountQuery(Id), cancellationToken);

        // An employer's user stays an employer's user, agency staff stay agency staff.
        Kinds = [.. Enum.GetValues<UserKind>()
            .Where(k => k != UserKind.Citizen && k.IsEmployer() == Account.Kind.IsEmployer())
            .Select(k => new Option(k.ToString(), text[$"Kind.{k}"]))];
        Units = Account.Kind.IsEmployer() ? [] : await sender.Send(new ListAgencyUnitsQuery(), cancellationToken);
        Employers = Account.Kind.IsEmployer() ? await sender.Send(new ListEmployerOptionsQuery(), cancellationToken) : [];
    }
}
