using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>The second sign-in step without the phone: one of the account's recovery codes, each good once.</summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<PortalUser> signInManager, UserManager<PortalUser> userManager, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { returnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login", new { returnUrl });
        }

        var code = AuthenticatorCode.NormalizeRecoveryCode(Input.RecoveryCode);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.RecoveryCode", text["Validation.Required", text["Field.RecoveryCode"]]);
            return Page();
        }

        // Identity neither checks the lockout nor counts a wrong recovery code toward it; the portal does both,
        // so that recovery codes are no way around the limit on guesses.
        if (await userManager.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return await SignInCompletion.LandAsync(this, userManager, user, returnUrl);
        }

        await userManager.AccessFailedAsync(user);
        if (await userManager.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
            return Page();
        }

        ModelState.AddModelError("Input.RecoveryCode", text["TwoFactor.Recovery.Wrong"]);
        return Page();
    }

    public sealed class RecoveryInput
    {
        public string? RecoveryCode { get; set; }
    }
}
