using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class PersonalModel(ISender sender, IStringLocalizer<SharedResource> text, IOptions<OneIdOptions> oneId) : ProfileStepPage(sender)
{
    public override ProfileSection Section => ProfileSection.Personal;

    [BindProperty]
    public SavePersonalDetailsCommand Input { get; set; } = new();

    public IReadOnlyList<Option> Districts { get; private set; } = [];

    public IReadOnlyList<Option> Sexes { get; private set; } = [];

    /// <summary>Just back from linking OneID.</summary>
    public bool Linked { get; private set; }

    public bool OneIdAvailable => oneId.Value.IsConfigured;

    public async Task OnGetAsync(bool linked = false)
    {
        Linked = linked;
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = new SavePersonalDetailsCommand
        {
            LastName = Profile.LastName,
            FirstName = Profile.FirstName,
            Patronymic = Profile.Patronymic,
            BirthDate = Profile.BirthDate,
            Sex = Profile.Sex,
            Phone = Profile.Phone,
            DistrictId = Profile.DistrictId,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage(ProfileSteps.NextAfter(Section));
    }

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Districts = await Sender.Send(new ListDistrictsQuery(), cancellationToken);
        Sexes = [.. Enum.GetValues<Sex>().Select(s => new Option(s.ToString(), text[$"Sex.{s}"]))];
    }
}
