using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
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
}

public sealed record AddWorkCommand : ICommand
{
    public string? Employer { get; init; }

    public string? Position { get; init; }

    public string? CountryCode { get; init; }

    public int? StartYear { get; init; }

    public int? EndYear { get; init; }
}

public sealed record AddProfessionCommand : ICommand
{
    public string? OccupationCode { get; init; }

    public int? YearsOfExperience { get; init; }
}

public sealed record AddLanguageCommand : ICommand
{
    public string? LanguageCode { get; init; }

    public int? LevelId { get; init; }

    public string? Certificate { get; init; }
}

public sealed record RemoveProfileEntryCommand(Guid EntryId) : ICommand;

public sealed record SavePreferredCountriesCommand : ICommand
{
    public List<string> CountryCodes { get; init; } = [];
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

public sealed class AddLanguageValidator : AbstractValidator<AddLanguageCommand>
{
    public AddLanguageValidator(IPortalDbContext db)
    {
        RuleFor(x => x.LanguageCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Languages.AnyAsync(l => l.Code == code, ct)).WithErrorCode(ErrorCodes.UnknownLanguage);
        RuleFor(x => x.LevelId).NotEmpty();

        // A Korean level is a TOPIK level, a Japanese one a JLPT level, the rest CEFR.
        RuleFor(x => x.LevelId)
            .MustAsync(async (command, levelId, ct) => await db.LanguageLevels.AnyAsync(
                level => level.Id == levelId && db.Languages.Any(l => l.Code == command.LanguageCode && l.ScaleCode == level.ScaleCode), ct))
            .When(x => x.LevelId is not null && !string.IsNullOrEmpty(x.LanguageCode))
            .WithErrorCode(ErrorCodes.LevelNotOnScale);
        RuleFor(x => x.Certificate).MaximumLength(100);
    }
}

public sealed class SavePreferredCountriesValidator : AbstractValidator<SavePreferredCountriesCommand>
{
    public const int MaximumCountries = 10;

    public SavePreferredCountriesValidator(IPortalDbContext db)
    {
        RuleFor(x => x.CountryCodes).Must(codes => codes.Count is > 0 and <= MaximumCountries).WithErrorCode(ErrorCodes.ChooseCountries);
        RuleFor(x => x.CountryCodes)
            .MustAsync(async (codes, ct) => await db.Countries.CountAsync(c => codes.Contains(c.Code) && c.Code != "UZ", ct) == codes.Distinct().Count())
            .When(x => x.CountryCodes.Count is > 0 and <= MaximumCountries)
            .WithErrorCode(ErrorCodes.UnknownCountry);
    }
}

public sealed class ProfileEntryHandlers(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock)
    : ICommandHandler<AddEducationCommand>,
      ICommandHandler<AddWorkCommand>,
      ICommandHandler<AddProfessionCommand>,
      ICommandHandler<AddLanguageCommand>,
      ICommandHandler<RemoveProfileEntryCommand>,
      ICommandHandler<SavePreferredCountriesCommand>
{
    public ValueTask<Unit> Handle(AddEducationCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(
            (profile, by, at) => profile.AddEducation(
                new Education { Id = Guid.CreateVersion7(), Level = command.Level!.Value, Field = command.Field!.Trim(), Institution = command.Institution!.Trim(), GraduationYear = command.GraduationYear!.Value },
                by,
                at),
            cancellationToken);

    public ValueTask<Unit> Handle(AddWorkCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(
            (profile, by, at) => profile.AddWork(
                new WorkExperience { Id = Guid.CreateVersion7(), Employer = command.Employer!.Trim(), Position = command.Position!.Trim(), CountryCode = command.CountryCode!, StartYear = command.StartYear!.Value, EndYear = command.EndYear },
                by,
                at),
            cancellationToken);

    public ValueTask<Unit> Handle(AddProfessionCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(
            (profile, by, at) => profile.AddProfession(
                new ProfessionSkill { Id = Guid.CreateVersion7(), OccupationCode = command.OccupationCode!, YearsOfExperience = command.YearsOfExperience!.Value },
                by,
                at),
            cancellationToken);

    public ValueTask<Unit> Handle(AddLanguageCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(
            (profile, by, at) => profile.AddLanguage(
                new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = command.LanguageCode!, LevelId = command.LevelId!.Value, Certificate = string.IsNullOrWhiteSpace(command.Certificate) ? null : command.Certificate.Trim() },
                by,
                at),
            cancellationToken);

    public ValueTask<Unit> Handle(RemoveProfileEntryCommand command, CancellationToken cancellationToken) =>
        ChangeAsync((profile, by, at) => profile.RemoveEntry(command.EntryId, by, at), cancellationToken);

    public ValueTask<Unit> Handle(SavePreferredCountriesCommand command, CancellationToken cancellationToken) =>
        ChangeAsync((profile, by, at) => profile.SetPreferredCountries(command.CountryCodes, by, at), cancellationToken);

    private async ValueTask<Unit> ChangeAsync(Action<WorkerProfile, Guid, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var before = profile.Status;
        change(profile, currentUser.RequireUserId(), clock.GetUtcNow());
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }
}
