using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>Anyone's own two-factor sign-in: on or off, the recovery codes left and new ones; citizens may turn it off.</summary>
[Authorize]
public sealed class TwoFactorModel(ISender sender, SignInManager<PortalUser> signInManager, UserManager<PortalUser> userManager) : PageModel
{
    public MySecondFactor Status { get; private set; } = new(false, 0, false);

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool TurnedOff { get; private set; }

    public async Task OnGetAsync(bool off = false)
    {
        TurnedOff = off;
        Status = await sender.Send(new GetMySecondFactorQuery(), HttpContext.RequestAborted);
    }

    /// <summary>New codes in the answer itself, shown once.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        RecoveryCodes = await sender.Send(new RegenerateRecoveryCodesCommand(), HttpContext.RequestAborted);
        Status = await sender.Send(new GetMySecondFactorQuery(), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        await sender.Send(new TurnOffSecondFactorCommand(), HttpContext.RequestAborted);

        // The security stamp changed with the setting: a new cookie, or the next stamp check would sign the user out.
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account is gone.");
        await signInManager.RefreshSignInAsync(user);
        return RedirectToPage(new { off = true });
    }
}
