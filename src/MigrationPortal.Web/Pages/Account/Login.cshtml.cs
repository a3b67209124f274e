using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// The sign-in form. Every post counts against the per-client limit of the endpoint; the account checks, the
/// per-name budget and the lockouts are the <see cref="SignInCommand"/>'s.
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(ISender sender) : PageModel
{
    [BindProperty]
    public SignInCommand Input { get; set; } = new();

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
        var outcome = await sender.Send(Input, HttpContext.RequestAborted);
        return outcome.Step switch
        {
            SignInStep.TooManyAttempts => StatusCode(StatusCodes.Status429TooManyRequests),
            SignInStep.SecondFactorPending => RedirectToPage("/Account/LoginWith2fa", new { returnUrl }),
            SignInStep.PhoneToConfirm => ConfirmPhoneModel.RedirectTo(this, outcome.Phone!),
            _ when Url.IsLocalUrl(returnUrl) => LocalRedirect(returnUrl),
            _ => RedirectToPage("/Index", new { area = PortalSecurity.AreaOf(outcome.Kind) }),
        };
    }
}
