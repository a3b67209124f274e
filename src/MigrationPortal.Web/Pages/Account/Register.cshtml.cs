using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>A citizen opens an account and is signed in straight away.</summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class RegisterModel(ISender sender, SignInManager<PortalUser> signInManager) : PageModel
{
    [BindProperty]
    public RegisterCitizenCommand Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = await sender.Send(Input, HttpContext.RequestAborted);
        var user = await signInManager.UserManager.FindByIdAsync(userId.ToString());
        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToPage("/Index", new { area = "Citizen" });
    }
}
