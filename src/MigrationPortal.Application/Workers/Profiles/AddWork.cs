using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record AddWorkCommand : ICommand
{
    public string? Employer { get; init; }

    public string? Position { get; init; }

    public string? CountryCode { get; init; }

    public int? StartYear { get; init; }

    public int? EndYear { get; init; }

    /// <summary>The entry this validated command adds, whoever enters it (the citizen, or an officer with them).</summary>
    public WorkExperience ToEntry() => new WorkExperience { Id = Guid.CreateVersion7(), Employer = Employer!.Trim(), Position = Position!.Trim(), CountryCode = CountryCode!, StartYear = StartYear!.Value, EndYear = EndYear };
}

public sealed class AddWorkValidator : AbstractValidator<AddWorkCommand>
{
    public AddWorkValidator(IPortalDbContext db, TimeProvider clock)
    {
        RuleFor(x => x.Employer).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Position).NotEmpty().MaximumLength(100);
        RuleFor(x => x.CountryCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Countries.AnyAsync(c => c.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownCountry);
        RuleFor(x => x.StartYear).NotEmpty()
            .Must(year => year >= 1960 && year <= clock.GetUtcNow().Year).When(x => x.StartYear is not null).WithErrorCode(ErrorCodes.YearRange);
        RuleFor(x => x.EndYear)
            .Must(year => year <= clock.GetUtcNow().Year).WithErrorCode(ErrorCodes.YearRange)
            .Must((command, year) => command.StartYear is null || year >= command.StartYear).WithErrorCode(ErrorCodes.EndBeforeStart)
            .When(x => x.EndYear is not null);
    }
}

public sealed class AddWorkHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<AddWorkCommand>
{
    public ValueTask<Unit> Handle(AddWorkCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(
            db,
            currentUser,
            notifier,
            clock,
            (profile, by, at) => profile.AddWork(
                command.ToEntry(),
                by,
                at),
            cancellationToken);
}
