using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ForgotPasswordModel(ISender sender, AccountAttemptThrottle throttle) : PageModel
{
    [BindProperty]
    public RequestPasswordResetCommand Input { get; set; } = new(null);

    public bool Sent { get; private set; }

    public void OnGet(bool sent = false) => Sent = sent;

    public async Task<IActionResult> OnPostAsync()
    {
        // Many addresses asking links for one account would flood its owner's mailbox.
        if (Input.Email is { } email && !throttle.TryAcquire(email))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { sent = true });
    }
}
