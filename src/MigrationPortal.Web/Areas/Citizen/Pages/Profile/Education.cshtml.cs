using System.Globalization;
using Mediator;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

public sealed class EducationModel(ISender sender, IStringLocalizer<SharedResource> text) : ProfileListPage<AddEducationCommand>(sender)
{
    public override ProfileSection Section => ProfileSection.Education;

    public IReadOnlyList<Option> Levels => [.. Enum.GetValues<EducationLevel>().Select(l => new Option(l.ToString(), text[$"EducationLevel.{l}"]))];

    public override IReadOnlyList<EntryLine> Entries =>
        [.. Profile.Educations.Select(e => new EntryLine(e.Id, $"{e.Institution} ({e.GraduationYear.ToString(CultureInfo.InvariantCulture)})", $"{text[$"EducationLevel.{e.Level}"]} · {e.Field}"))];
}
