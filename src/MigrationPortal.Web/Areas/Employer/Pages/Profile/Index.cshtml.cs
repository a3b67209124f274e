using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.Profile;

/// <summary>The employer's public profile: what citizens read about it on its vacancies.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public UpdateEmployerPublicProfileCommand Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public EmployerPublicProfile Profile { get; private set; } = null!;

    public int PhotoCount { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new UpdateEmployerPublicProfileCommand
        {
            Version = Profile.Version,
            Description = Profile.Description,
            City = Profile.City,
            Sector = Profile.Sector,
            Website = Profile.Website,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(new { saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetEmployerPublicProfileQuery(), cancellationToken);
        PhotoCount = (await sender.Send(new ListMyEmployerPhotosQuery(), cancellationToken)).Count;
    }
}
