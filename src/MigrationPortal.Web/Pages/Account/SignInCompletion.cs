using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>What follows a completed sign-in, whichever step completed it.</summary>
internal static class SignInCompletion
{
    public static async Task<IActionResult> LandAsync(PageModel page, UserManager<PortalUser> userManager, PortalUser user, string? returnUrl)
    {
        await SignInCulture.RememberAsync(userManager, user);
        return page.Url.IsLocalUrl(returnUrl) ? page.LocalRedirect(returnUrl) : page.RedirectToPage("/Index", new { area = PortalSecurity.AreaOf(user.Kind) });
    }
}
