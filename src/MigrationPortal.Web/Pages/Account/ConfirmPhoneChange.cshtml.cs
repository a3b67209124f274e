using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Account;

/// <summary>The code sent to the new number; the number travels in the protected TempData cookie, never in an address.</summary>
[Authorize(Policy = nameof(UserKind.Citizen))]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class ConfirmPhoneChangeModel(ISender sender, SignInManager<PortalUser> signInManager, TimeProvider clock) : PageModel
{
    private const string PhoneKey = "PhoneChange.Phone";
    private const string NextKey = "PhoneChange.Next";

    [BindProperty]
    public ConfirmPhoneChangeCommand Input { get; set; } = new();

    /// <summary>When a new code may be asked for (the first one went out with the previous step).</summary>
    public DateTimeOffset? ResendAllowedAt { get; private set; }

    public static IActionResult RedirectTo(PageModel page, string phone, DateTimeOffset nextAllowedAt)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[PhoneKey] = phone;
        page.TempData[NextKey] = nextAllowedAt.UtcDateTime;
        return page.RedirectToPage("/Account/ConfirmPhoneChange");
    }

    public IActionResult OnGet()
    {
        if (TempData.Peek(PhoneKey) is not string phone)
        {
            return RedirectToPage("/Account/Phone");
        }

        Input = Input with { NewPhone = UzbekPhoneNumber.Format(phone) };
        if (TempData.Peek(NextKey) is DateTime next)
        {
            ResendAllowedAt = new DateTimeOffset(next, TimeSpan.Zero);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        TempData.Remove(PhoneKey);
        TempData.Remove(NextKey);

        // The security stamp changed with the number: this session gets a new cookie, every other one ends.
        var user = await signInManager.UserManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account is gone.");
        await signInManager.RefreshSignInAsync(user);
        return RedirectToPage("/Account/Phone", new { changed = true });
    }

    /// <summary>Whole seconds until a new code may be asked for.</summary>
    public int SecondsToWait => ResendAllowedAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - clock.GetUtcNow()).TotalSeconds)) : 0;
}
