using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>
/// A branch officer registers a citizen who came in or called (issue 12): first the name and phone, which sends the
/// code; then the code the citizen reads out and how they consented, which opens the account.
/// </summary>
[UploadPage]
[RequestFormLimits(MultipartBodyLengthLimit = UploadPageAttribute.MaximumRequestBytes)]
public sealed class NewModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterAssistedCitizenCommand Input { get; set; } = new();

    /// <summary>The scan of the signed consent form, when that is how the citizen consented.</summary>
    [BindProperty]
    public IFormFile? Scan { get; set; }

    /// <summary>Whether the code went out and the second step is shown; carried by the second step's form.</summary>
    [BindProperty]
    public bool CodeSent { get; set; }

    /// <summary>No new code before this time (the limits of every code); null when one was just sent.</summary>
    public DateTimeOffset? WaitUntil { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        var sending = await sender.Send(
            new SendAssistedRegistrationCodeCommand { FullName = Input.FullName, Phone = Input.Phone, Email = Input.Email },
            HttpContext.RequestAborted);
        CodeSent = true;
        WaitUntil = sending.Sent ? null : sending.NextAllowedAt;
        ModelState.Clear();
        Input = Input with { Code = null };
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        CodeSent = true;
        using var content = new MemoryStream();
        if (Input.ConsentKind == AssistedConsentKind.SignedForm && Scan is { } scan)
        {
            await scan.CopyToAsync(content, HttpContext.RequestAborted);
        }

        var registration = await sender.Send(
            Input with { FileName = Scan?.FileName, Content = content.ToArray() },
            HttpContext.RequestAborted);
        return RedirectToPage("/Assisted/View", new { id = registration, registered = true });
    }
}
