using Mediator;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

public sealed class ProfessionsModel(ISender sender) : AssistedListPage<AddProfessionCommand>(sender)
{
    public IReadOnlyList<Option> Occupations { get; private set; } = [];

    public override async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormAsync(cancellationToken);
        Occupations = await Sender.Send(new ListOccupationsQuery(), cancellationToken);
    }

    protected override ICommand ForRegistration(AddProfessionCommand input) => new AssistAddProfessionCommand(Id, input);
}
