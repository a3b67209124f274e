using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>The second sign-in step: the six digits of the authenticator app. Wrong codes count toward the lockout.</summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginWith2faModel(SignInManager<PortalUser> signInManager, UserManager<PortalUser> userManager, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;

        // Only after the password: without a pending sign-in there is no code to ask for.
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

        var field = text["Field.Code"];
        if (!AuthenticatorCode.TryNormalize(Input.Code, out var code))
        {
            ModelState.AddModelError("Input.Code", string.IsNullOrWhiteSpace(Input.Code) ? text["Validation.Required", field] : text[ErrorCodes.CodeFormat, field]);
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", text[ErrorCodes.CodeWrong, field]);
            return Page();
        }

        return await SignInCompletion.LandAsync(this, userManager, user, returnUrl);
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
