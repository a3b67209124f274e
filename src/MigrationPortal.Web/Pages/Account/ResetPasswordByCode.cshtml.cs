using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// The code sent by SMS for a forgotten password, and the new password (issue 12). The number travels in the protected
/// TempData cookie, never in an address; the page reads the same whether or not the number has an account.
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ResetPasswordByCodeModel(ISender sender, AccountAttemptThrottle throttle, TimeProvider clock) : PageModel
{
    private const string PhoneKey = "ResetByCode.Phone";

    [BindProperty]
    public ResetPasswordByCodeCommand Input { get; set; } = new();

    /// <summary>When a new code may be asked for, after one was asked for on this page.</summary>
    public DateTimeOffset? ResendAllowedAt { get; private set; }

    public static IActionResult RedirectTo(PageModel page, string phone)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[PhoneKey] = phone;
        return page.RedirectToPage("/Account/ResetPasswordByCode");
    }

    public void OnGet()
    {
        if (TempData.Peek(PhoneKey) is string phone)
        {
            Input = Input with { Phone = UzbekPhoneNumber.Format(phone) };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Codes of one number are rationed across addresses like the passwords of one account.
        if (Input.Phone is { } phone && !throttle.TryAcquire(phone))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        await sender.Send(Input, HttpContext.RequestAborted);
        TempData.Remove(PhoneKey);
        return RedirectToPage("/Account/Login", new { reset = true });
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        ModelState.Clear();
        ResendAllowedAt = await sender.Send(new ResendPasswordResetCodeCommand(Input.Phone), HttpContext.RequestAborted);
        Input = Input with { Code = null, Password = null, ConfirmPassword = null };
        return Page();
    }

    /// <summary>Whole seconds until a new code may be asked for.</summary>
    public int SecondsToWait => ResendAllowedAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - clock.GetUtcNow()).TotalSeconds)) : 0;
}
