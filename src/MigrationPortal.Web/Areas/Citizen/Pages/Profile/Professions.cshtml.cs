using Mediator;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class ProfessionsModel(ISender sender, IStringLocalizer<SharedResource> text) : ProfileListPage<AddProfessionCommand>(sender)
{
    public override ProfileSection Section => ProfileSection.Professions;

    public IReadOnlyList<Option> Occupations { get; private set; } = [];

    public override IReadOnlyList<EntryLine> Entries =>
        [.. Profile.Professions.Select(p => new EntryLine(p.Id, $"{p.Code} — {p.Name}", text["Profile.YearsOfExperience", p.YearsOfExperience]))];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Occupations = await Sender.Send(new ListOccupationsQuery(), cancellationToken);
    }
}
