using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>Chooses a new password from an emailed link (a reset, or a staff member's first password).</summary>
public sealed class ResetPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public ResetPasswordCommand Input { get; set; } = new();

    public void OnGet(Guid userId, string? token) => Input = new ResetPasswordCommand { UserId = userId, Token = token };

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage("/Account/Login", new { reset = true });
    }
}
