using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// Setting up the authenticator app: a QR code and the key as text, then a code from the app to confirm. The ten
/// recovery codes are shown in the answer to that confirmation, once, and kept nowhere the browser could show again.
/// </summary>
[Authorize]
[AllowWithoutSecondFactor]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class AuthenticatorModel(ISender sender, SignInManager<PortalUser> signInManager, UserManager<PortalUser> userManager) : PageModel, IFormPage
{
    [BindProperty]
    public EnableInput Input { get; set; } = new();

    public string GroupedKey { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    /// <summary>The signed-in account is a staff one, which may do nothing else until this is done.</summary>
    public bool Required => SecondFactor.MustSetUp(User);

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var setup = await sender.Send(new PrepareAuthenticatorCommand(), HttpContext.RequestAborted);
        if (setup.AlreadyOn)
        {
            // A cookie older than the setting (turned on elsewhere) learns it here, or the staff filter would send it back.
            await signInManager.RefreshSignInAsync(await CurrentUserAsync());
            return RedirectToPage("/Account/TwoFactor");
        }

        // Making the key renews the security stamp, and a session with an old stamp ends at its next request
        // (ADR-008): this one goes on with the new stamp.
        await signInManager.RefreshSignInAsync(await CurrentUserAsync());
        Show(setup);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        RecoveryCodes = await sender.Send(new EnableAuthenticatorCommand(Input.Code), HttpContext.RequestAborted);

        // A new cookie that knows the second factor is on, so the staff pages open from the next request.
        await signInManager.RefreshSignInAsync(await CurrentUserAsync());
        return Page();
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Show(await sender.Send(new PrepareAuthenticatorCommand(), cancellationToken));

    private async Task<PortalUser> CurrentUserAsync() =>
        await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account is gone.");

    private void Show(AuthenticatorSetup setup)
    {
        GroupedKey = SecondFactor.Grouped(setup.Key ?? "");
        QrCode = setup.Address is null ? "" : SecondFactor.QrCodeDataUri(setup.Address);
    }

    public sealed class EnableInput
    {
        public string? Code { get; set; }
    }
}
