using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

/// <summary>An administrator resets an account's second factor (a lost phone): confirmed on this page, recorded by the use case.</summary>
public sealed class SecondFactorModel(ISender sender) : PageModel
{
    public SecondFactorAccount Account { get; private set; } = null!;

    public bool Done { get; private set; }

    public async Task OnGetAsync(Guid id, bool done = false)
    {
        Done = done;
        Account = await sender.Send(new GetSecondFactorAccountQuery(id), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await sender.Send(new ResetSecondFactorCommand(id), HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = true });
    }
}
