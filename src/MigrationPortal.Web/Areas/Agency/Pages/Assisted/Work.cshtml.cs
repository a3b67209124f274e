using Mediator;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

public sealed class WorkModel(ISender sender) : AssistedListPage<AddWorkCommand>(sender)
{
    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Countries = await Sender.Send(new ListCountriesQuery(), cancellationToken);
    }

    protected override ICommand ForRegistration(AddWorkCommand input) => new AssistAddWorkCommand(Id, input);
}
