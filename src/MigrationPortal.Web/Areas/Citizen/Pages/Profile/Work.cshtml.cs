using System.Globalization;
using Mediator;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class WorkModel(ISender sender) : ProfileListPage<AddWorkCommand>(sender)
{
    public override ProfileSection Section => ProfileSection.WorkHistory;

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public override IReadOnlyList<EntryLine> Entries =>
        [.. Profile.WorkHistory.Select(w => new EntryLine(
            w.Id,
            $"{w.Position} — {w.Employer}",
            $"{w.Country} · {w.StartYear.ToString(CultureInfo.InvariantCulture)}–{w.EndYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}"))];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Countries = await Sender.Send(new ListCountriesQuery(), cancellationToken);
    }
}
