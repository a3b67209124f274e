using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.Profiles;

/// <summary>The verification view: the whole profile, its documents and history, and the officer's decision.</summary>
public sealed class ReviewModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The return form; the verify form posts only its <see cref="ReturnProfileCommand.Version"/>.</summary>
    [BindProperty]
    public ReturnProfileCommand Input { get; set; } = new();

    public ProfileReview Profile { get; private set; } = null!;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        // The profile comes from the route; whether this officer may decide on it, from the signed-in user's claims.
        await sender.Send(new VerifyProfileCommand(Id, Input.Version), HttpContext.RequestAborted);
        return RedirectToPage("/Profiles/Index", new { decided = ProfileStatus.Verified });
    }

    public async Task<IActionResult> OnPostReturnAsync()
    {
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage("/Profiles/Index", new { decided = ProfileStatus.Returned });
    }

    /// <summary>Also after a refused decision: the profile is shown as it now is, with its current version.</summary>
    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Profile = await sender.Send(new OpenProfileForReviewQuery(Id), cancellationToken);
}
