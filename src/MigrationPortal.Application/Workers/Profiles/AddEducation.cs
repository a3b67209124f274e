using FluentValidation;
using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record AddEducationCommand : ICommand
{
    public EducationLevel? Level { get; init; }

    public string? Field { get; init; }

    public string? Institution { get; init; }

    public int? GraduationYear { get; init; }

    /// <summary>The entry this validated command adds, whoever enters it (the citizen, or an officer with them).</summary>
    public Education ToEntry() => new Education { Id = Guid.CreateVersion7(), Level = Level!.Value, Field = Field!.Trim(), Institution = Institution!.Trim(), GraduationYear = GraduationYear!.Value };
}

public sealed class AddEducationValidator : AbstractValidator<AddEducationCommand>
{
    public AddEducationValidator(TimeProvider clock)
    {
        RuleFor(x => x.Level).NotEmpty().IsInEnum();
        RuleFor(x => x.Field).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Institution).NotEmpty().MaximumLength(150);
        RuleFor(x => x.GraduationYear).NotEmpty()
            .Must(year => year >= 1960 && year <= clock.GetUtcNow().Year + 6).When(x => x.GraduationYear is not null).WithErrorCode(ErrorCodes.YearRange);
    }
}

public sealed class AddEducationHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<AddEducationCommand>
{
    public ValueTask<Unit> Handle(AddEducationCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(
            db,
            currentUser,
            notifier,
            clock,
            (profile, by, at) => profile.AddEducation(
                command.ToEntry(),
                by,
                at),
            cancellationToken);
}
