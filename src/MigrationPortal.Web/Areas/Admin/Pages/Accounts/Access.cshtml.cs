using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

/// <summary>An account's access: disable or enable it, lift a lockout, and every such change with who made it.</summary>
public sealed class AccessModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public ChangeAccountAccessCommand Input { get; set; } = new(Guid.Empty, null, null);

    public AccountAccess Account { get; private set; } = null!;

    public bool Saved { get; private set; }

    [FromRoute]
    public Guid Id { get; set; }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { id = Id, saved = true });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Account = await sender.Send(new GetAccountAccessQuery(Id), cancellationToken);
}
