using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>Chooses a new password from an emailed link (a reset, or a staff member's first password).</summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ResetPasswordModel(ISender sender, AccountAttemptThrottle throttle) : PageModel
{
    [BindProperty]
    public ResetPasswordCommand Input { get; set; } = new();

    public void OnGet(Guid userId, string? token) => Input = new ResetPasswordCommand { UserId = userId, Token = token };

    public async Task<IActionResult> OnPostAsync()
    {
        // Guessing one account's token from many addresses is rationed like guessing its password.
        if (!throttle.TryAcquire(Input.UserId.ToString()))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage("/Account/Login", new { reset = true });
    }
}
