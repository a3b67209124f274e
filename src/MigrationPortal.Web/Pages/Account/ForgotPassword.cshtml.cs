using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Pages.Account;

public sealed class ForgotPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public RequestPasswordResetCommand Input { get; set; } = new(null);

    public bool Sent { get; private set; }

    public void OnGet(bool sent = false) => Sent = sent;

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { sent = true });
    }
}
