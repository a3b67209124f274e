using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

[AllowWithoutSecondFactor]
public sealed class LogoutModel(SignInManager<PortalUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Index", new { area = "" });
    }
}
