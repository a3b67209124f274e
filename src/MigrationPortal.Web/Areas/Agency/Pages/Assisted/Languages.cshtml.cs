using Mediator;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

public sealed class LanguagesModel(ISender sender) : AssistedListPage<AddLanguageCommand>(sender)
{
    public IReadOnlyList<Option> LanguageOptions { get; private set; } = [];

    public IReadOnlyList<Option> Levels { get; private set; } = [];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        LanguageOptions = await Sender.Send(new ListLanguagesQuery(), cancellationToken);
        Levels = await Sender.Send(new ListLanguageLevelsQuery(), cancellationToken);
    }

    protected override ICommand ForRegistration(AddLanguageCommand input) => new AssistAddLanguageCommand(Id, input);
}
