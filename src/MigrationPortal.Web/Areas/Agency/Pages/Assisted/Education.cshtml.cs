using Mediator;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

public sealed class EducationModel(ISender sender, IStringLocalizer<SharedResource> text) : AssistedListPage<AddEducationCommand>(sender)
{
    public IReadOnlyList<Option> Levels => [.. Enum.GetValues<EducationLevel>().Select(l => new Option(l.ToString(), text[$"EducationLevel.{l}"]))];

    protected override ICommand ForRegistration(AddEducationCommand input) => new AssistAddEducationCommand(Id, input);
}
