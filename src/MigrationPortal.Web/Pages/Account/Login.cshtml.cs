using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>Sign-in with an email address or a +998 phone number; failed attempts count toward a lockout.</summary>
public sealed class LoginModel(SignInManager<PortalUser> signInManager, UserManager<PortalUser> userManager, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public bool ResetDone { get; private set; }

    public void OnGet(string? returnUrl, bool reset = false)
    {
        ReturnUrl = returnUrl;
        ResetDone = reset;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(Input.Login))
        {
            ModelState.AddModelError("Input.Login", text["Validation.Required", text["Field.Login"]]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Validation.Required", text["Field.Password"]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await FindUserAsync(Input.Login!.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, text["Login.Failed"]);
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
            return Page();
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl });
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["Login.Failed"]);
            return Page();
        }

        // Notices by email are written in the language the user last signed in with.
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        if (user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await userManager.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : PortalSecurity.HomeOf(user.Kind));
    }

    private async Task<PortalUser?> FindUserAsync(string login)
    {
        if (UzbekPhoneNumber.TryNormalize(login, out var phone))
        {
            return await userManager.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone);
        }

        return await userManager.FindByNameAsync(login) ?? await userManager.FindByEmailAsync(login);
    }

    public sealed class LoginInput
    {
        public string? Login { get; set; }

        public string? Password { get; set; }
    }
}
