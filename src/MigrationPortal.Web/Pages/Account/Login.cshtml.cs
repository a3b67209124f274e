using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// Sign-in with an email address or a +998 phone number. Failed attempts lock this client out of the name typed
/// (<see cref="SignInLockouts"/>), checks of one name are rationed across all clients (<see cref="AccountAttemptThrottle"/>),
/// and a name that matches no account costs the same password check as one that does, so neither the answer nor
/// its time tells which accounts exist.
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    AccountAttemptThrottle throttle,
    SignInLockouts lockouts,
    IStringLocalizer<SharedResource> text) : PageModel
{
    // A stand-in with a real hash: checking a password against it takes the work a real account's check takes.
    private static readonly PortalUser UnknownAccount = new()
    {
        PasswordHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")),
    };

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

        var login = Input.Login!.Trim();
        var client = HttpContext.Connection.RemoteIpAddress;
        if (lockouts.IsLockedOut(login, client))
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
            return Page();
        }

        if (!throttle.TryAcquire(login))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var user = await FindUserAsync(login);
        if (user is null)
        {
            await userManager.CheckPasswordAsync(UnknownAccount, Input.Password!);
            return Failed(login, client);
        }

        // The lockout here is the portal's own, per client; Identity's (an administrator's block) still applies.
        var result = await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: false);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Disabled by an administrator or a suspended employer; otherwise too many wrong second-factor codes.
            var disabled = result.IsNotAllowed || AccountAccessRules.IsDisabled(user.LockoutEnd);
            ModelState.AddModelError(string.Empty, text[disabled ? "Login.Disabled" : "Login.LockedOut"]);
            return Page();
        }

        if (result.RequiresTwoFactor)
        {
            lockouts.RecordSuccess(login, client);
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl });
        }

        if (!result.Succeeded)
        {
            return Failed(login, client);
        }

        lockouts.RecordSuccess(login, client);

        // Notices by email are written in the language the user last signed in with.
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        if (user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await userManager.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : PortalSecurity.HomeOf(user.Kind));
    }

    private PageResult Failed(string login, System.Net.IPAddress? client)
    {
        lockouts.RecordFailure(login, client);
        ModelState.AddModelError(string.Empty, text[lockouts.IsLockedOut(login, client) ? "Login.LockedOut" : "Login.Failed"]);
        return Page();
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
