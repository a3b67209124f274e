using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// Sign-in with OneID (README, OneID): a plain link starts it (the portal's CSP allows forms to post only to itself,
/// and a browser applies that to the redirect a form's answer would make to OneID), OneID sends the citizen back
/// through the scheme's callback, and this page's Callback handler finds or makes the account and completes the
/// sign-in as a password does. A signed-in citizen links OneID the same way through Link. Without OneID configured,
/// every handler is "not found".
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class OneIdModel(
    IOptions<OneIdOptions> options,
    IServiceScopeFactory scopes,
    ISender sender,
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public enum Outcome
    {
        /// <summary>Something went wrong on the way; see the validation summary or try again.</summary>
        Failed,

        /// <summary>The PINFL is on another profile that nobody verified: sign in to it and link, or go to the branch.</summary>
        PinflHeldElsewhere,
    }

    public Outcome Shown { get; private set; }

    public string? ReturnUrl { get; private set; }

    public IActionResult OnGet(string? returnUrl, bool failed = false)
    {
        if (!options.Value.IsConfigured)
        {
            return NotFound();
        }

        ReturnUrl = returnUrl;
        return failed ? Page() : Challenge(Url.Page("/Account/OneId", "Callback", new { returnUrl })!);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        if (!options.Value.IsConfigured)
        {
            return NotFound();
        }

        ReturnUrl = returnUrl;
        if (await TakeIdentityAsync() is not { } identity)
        {
            return Page();
        }

        // Nobody is signed in yet: the account is found or made acting as the system (SignInWithOneIdCommand's remarks).
        OneIdSignInOutcome outcome;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
            outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SignInWithOneIdCommand(identity), HttpContext.RequestAborted);
        }

        if (outcome.Result == OneIdSignInResult.PinflHeldElsewhere)
        {
            Shown = Outcome.PinflHeldElsewhere;
            return Page();
        }

        var result = await signInManager.ExternalLoginSignInAsync(OneIdIdentity.Provider, identity.Subject, isPersistent: false, bypassTwoFactor: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl });
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["Login.Disabled"]);
            return Page();
        }

        var user = await userManager.FindByIdAsync(outcome.UserId!.Value.ToString());
        return await SignInCompletion.LandAsync(this, userManager, user!, returnUrl);
    }

    public IActionResult OnGetLink()
    {
        if (!options.Value.IsConfigured)
        {
            return NotFound();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        return PortalSecurity.AreaOf(User) == "Citizen" ? Challenge(Url.Page("/Account/OneId", "LinkCallback")!) : Forbid();
    }

    public async Task<IActionResult> OnGetLinkCallbackAsync()
    {
        if (!options.Value.IsConfigured)
        {
            return NotFound();
        }

        if (PortalSecurity.AreaOf(User) != "Citizen")
        {
            return Forbid();
        }

        if (await TakeIdentityAsync() is not { } identity)
        {
            return Page();
        }

        await sender.Send(new LinkOneIdCommand(identity), HttpContext.RequestAborted);
        return RedirectToPage("/Profile/Personal", new { area = "Citizen", linked = true });
    }

    private ChallengeResult Challenge(string redirectUri) => Challenge(new AuthenticationProperties { RedirectUri = redirectUri }, OneIdOptions.Scheme);

    // What OneID's sign-in left in the external cookie, read once: the cookie goes whatever follows.
    private async Task<OneIdIdentity?> TakeIdentityAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return external.Succeeded ? OneIdSignIn.Read(external.Principal, options.Value.Claims) : null;
    }
}
