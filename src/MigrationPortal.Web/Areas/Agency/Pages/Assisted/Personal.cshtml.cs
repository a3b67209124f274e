using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>Step 1 of the profile, which the officer fills with the citizen present, under the citizen's own rules.</summary>
public sealed class PersonalModel(ISender sender, IStringLocalizer<SharedResource> text) : AssistedPage(sender)
{
    [BindProperty]
    public SavePersonalDetailsCommand Input { get; set; } = new();

    public IReadOnlyList<Option> Districts { get; private set; } = [];

    public IReadOnlyList<Option> Sexes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        var r = Registration;
        Input = new SavePersonalDetailsCommand
        {
            LastName = r.LastName,
            FirstName = r.FirstName,
            Patronymic = r.Patronymic,
            BirthDate = r.BirthDate,
            Sex = r.Sex,
            Phone = r.ProfilePhone ?? r.Phone,
            DistrictId = r.DistrictId,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(new AssistSavePersonalDetailsCommand(Id, Input), HttpContext.RequestAborted);
        return RedirectToPage("/Assisted/View", new { id = Id });
    }

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Districts = await Sender.Send(new ListDistrictsQuery(), cancellationToken);
        Sexes = [.. Enum.GetValues<Sex>().Select(s => new Option(s.ToString(), text[$"Sex.{s}"]))];
    }
}
