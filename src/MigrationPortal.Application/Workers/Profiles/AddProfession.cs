using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record AddProfessionCommand : ICommand
{
    public string? OccupationCode { get; init; }

    public int? YearsOfExperience { get; init; }

    /// <summary>The entry this validated command adds, whoever enters it (the citizen, or an officer with them).</summary>
    public ProfessionSkill ToEntry() => new ProfessionSkill { Id = Guid.CreateVersion7(), OccupationCode = OccupationCode!, YearsOfExperience = YearsOfExperience!.Value };
}

public sealed class AddProfessionValidator : AbstractValidator<AddProfessionCommand>
{
    public AddProfessionValidator(IPortalDbContext db)
    {
        RuleFor(x => x.OccupationCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Occupations.AnyAsync(o => o.Code == code && o.MajorGroupCode != null, ct))
            .WithErrorCode(ErrorCodes.UnknownOccupation);
        RuleFor(x => x.YearsOfExperience).NotNull().InclusiveBetween(0, 50);
    }
}

public sealed class AddProfessionHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<AddProfessionCommand>
{
    public ValueTask<Unit> Handle(AddProfessionCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(
            db,
            currentUser,
            notifier,
            clock,
            (profile, by, at) => profile.AddProfession(
                command.ToEntry(),
                by,
                at),
            cancellationToken);
}
