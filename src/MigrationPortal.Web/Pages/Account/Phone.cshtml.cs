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

/// <summary>A citizen's sign-in phone number, and the first step of moving to a new one (issue 12): the password, then a code to the new number.</summary>
[Authorize(Policy = nameof(UserKind.Citizen))]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class PhoneModel(ISender sender, UserManager<PortalUser> userManager) : PageModel
{
    [BindProperty]
    public RequestPhoneChangeCommand Input { get; set; } = new();

    /// <summary>The confirmed number the account signs in with, as people write it; none yet for an email-only account.</summary>
    public string? Current { get; private set; }

    public bool HasPassword { get; private set; }

    public bool Changed { get; private set; }

    public async Task OnGetAsync(bool changed = false)
    {
        Changed = changed;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var sending = await sender.Send(Input, HttpContext.RequestAborted);
        UzbekPhoneNumber.TryNormalizeAsWritten(Input.NewPhone, out var phone);
        return ConfirmPhoneChangeModel.RedirectTo(this, phone, sending.NextAllowedAt);
    }

    private async Task LoadAsync()
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account is gone.");
        Current = user is { PhoneNumberConfirmed: true, PhoneNumber: { } phone } ? UzbekPhoneNumber.Format(phone) : null;
        HasPassword = await userManager.HasPasswordAsync(user);
    }
}
