using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>The profile at a glance: status, completeness, what is missing, the officer's notes, and submission.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public MyProfileView Profile { get; private set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        await sender.Send(new SubmitProfileCommand(Version), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
}
