using Mediator;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class LanguagesModel(ISender sender) : ProfileListPage<AddLanguageCommand>(sender)
{
    public override ProfileSection Section => ProfileSection.Languages;

    public IReadOnlyList<Option> LanguageOptions { get; private set; } = [];

    public IReadOnlyList<Option> Levels { get; private set; } = [];

    public override IReadOnlyList<EntryLine> Entries =>
        [.. Profile.Languages.Select(l => new EntryLine(l.Id, $"{l.Language} — {l.Level}", l.Certificate ?? ""))];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        LanguageOptions = await Sender.Send(new ListLanguagesQuery(), cancellationToken);
        Levels = await Sender.Send(new ListLanguageLevelsQuery(), cancellationToken);
    }
}
