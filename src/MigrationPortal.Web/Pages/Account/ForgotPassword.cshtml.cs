using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>"Forgot password": an email address gets a link, a phone number a code on the next page (issue 12).</summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ForgotPasswordModel(ISender sender, AccountAttemptThrottle throttle) : PageModel
{
    [BindProperty]
    public RequestPasswordResetCommand Input { get; set; } = new(null);

    public bool Sent { get; private set; }

    public void OnGet(bool sent = false) => Sent = sent;

    public async Task<IActionResult> OnPostAsync()
    {
        // Many addresses asking links or codes for one account would flood its owner's mailbox or phone.
        if (Input.Login is { } login && !throttle.TryAcquire(login))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var requested = await sender.Send(Input, HttpContext.RequestAborted);
        return requested.Phone is { } phone
            ? ResetPasswordByCodeModel.RedirectTo(this, phone)
            : RedirectToPage(new { sent = true });
    }
}
