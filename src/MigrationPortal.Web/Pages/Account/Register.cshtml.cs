using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// A citizen opens an account: with an email only they are signed in straight away; with a phone number the code sent to
/// it comes first (<see cref="ConfirmPhoneModel"/>).
/// </summary>
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
        var registered = await sender.Send(Input, HttpContext.RequestAborted);
        if (registered.PhoneToConfirm is { } phone)
        {
            return ConfirmPhoneModel.RedirectTo(this, phone);
        }

        var user = await signInManager.UserManager.FindByIdAsync(registered.Id.ToString());
        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToPage("/Index", new { area = "Citizen" });
    }
}
