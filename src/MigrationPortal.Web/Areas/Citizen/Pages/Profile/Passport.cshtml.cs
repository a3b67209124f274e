using Mediator;
using Microsoft.AspNetCore.Mvc;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class PassportModel(ISender sender) : ProfileStepPage(sender)
{
    public override ProfileSection Section => ProfileSection.Passport;

    [BindProperty]
    public SavePassportCommand Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new SavePassportCommand { IssuedOn = Profile.PassportIssuedOn, ExpiresOn = Profile.PassportExpiresOn };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(ProfileSteps.NextAfter(Section));
    }
}
