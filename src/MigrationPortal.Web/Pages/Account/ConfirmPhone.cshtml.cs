using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>
/// The code sent by SMS to the number a citizen registered with (issue 12). The number travels in the protected
/// TempData cookie, never in an address; the form shows it so that the citizen can correct it or come back later.
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ConfirmPhoneModel(ISender sender, SignInManager<PortalUser> signInManager, TimeProvider clock) : PageModel
{
    private const string PhoneKey = "ConfirmPhone.Phone";

    [BindProperty]
    public ConfirmRegistrationPhoneCommand Input { get; set; } = new();

    /// <summary>When a new code may be asked for, after one was asked for on this page.</summary>
    public DateTimeOffset? ResendAllowedAt { get; private set; }

    public static IActionResult RedirectTo(PageModel page, string phone)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[PhoneKey] = phone;
        return page.RedirectToPage("/Account/ConfirmPhone");
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
        var userId = await sender.Send(Input, HttpContext.RequestAborted);
        TempData.Remove(PhoneKey);
        var user = await signInManager.UserManager.FindByIdAsync(userId.ToString());
        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToPage("/Index", new { area = "Citizen" });
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        ModelState.Clear();
        ResendAllowedAt = await sender.Send(new ResendRegistrationCodeCommand(Input.Phone), HttpContext.RequestAborted);
        Input = Input with { Code = null };
        return Page();
    }

    /// <summary>Whole seconds until a new code may be asked for.</summary>
    public int SecondsToWait => ResendAllowedAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - clock.GetUtcNow()).TotalSeconds)) : 0;
}
