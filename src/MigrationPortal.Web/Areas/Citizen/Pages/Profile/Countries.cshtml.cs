using Mediator;
using Microsoft.AspNetCore.Mvc;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class CountriesModel(ISender sender) : ProfileStepPage(sender)
{
    public override ProfileSection Section => ProfileSection.Countries;

    [BindProperty]
    public SavePreferredCountriesCommand Input { get; set; } = new();

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public IReadOnlyList<string> Errors =>
        ModelState.TryGetValue("Input.CountryCodes", out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new SavePreferredCountriesCommand { CountryCodes = [.. Profile.Countries.Select(c => c.Code)] };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(ProfileSteps.NextAfter(Section));
    }

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Countries = await Sender.Send(new ListDestinationCountriesQuery(), cancellationToken);
    }
}
