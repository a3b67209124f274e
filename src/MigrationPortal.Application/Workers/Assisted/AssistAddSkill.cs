using FluentValidation;
using Mediator;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>An education entered by the officer with the citizen present.</summary>
public sealed record AssistAddEducationCommand(Guid RegistrationId, AddEducationCommand Education) : ICommand;

public sealed class AssistAddEducationValidator : AbstractValidator<AssistAddEducationCommand>
{
    public AssistAddEducationValidator(TimeProvider clock) =>
        RuleFor(x => x).CustomAsync((command, context, ct) => AssistedProfiles.ValidateAsAsync(new AddEducationValidator(clock), command.Education, context, ct));
}

public sealed class AssistAddEducationHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<AssistAddEducationCommand>
{
    public ValueTask<Unit> Handle(AssistAddEducationCommand command, CancellationToken cancellationToken) =>
        AssistedProfiles.ChangeAsync(db, currentUser, notifier, audit, clock, command.RegistrationId, AssistedSection.Education, (profile, by, at) =>
        {
            var education = command.Education;
            profile.AddEducation(
                new Education { Id = Guid.CreateVersion7(), Level = education.Level!.Value, Field = education.Field!.Trim(), Institution = education.Institution!.Trim(), GraduationYear = education.GraduationYear!.Value },
                by,
                at);
            return Task.CompletedTask;
        }, cancellationToken);
}

/// <summary>A job of the citizen's work history entered by the officer with the citizen present.</summary>
public sealed record AssistAddWorkCommand(Guid RegistrationId, AddWorkCommand Work) : ICommand;

public sealed class AssistAddWorkValidator : AbstractValidator<AssistAddWorkCommand>
{
    public AssistAddWorkValidator(IPortalDbContext db, TimeProvider clock) =>
        RuleFor(x => x).CustomAsync((command, context, ct) => AssistedProfiles.ValidateAsAsync(new AddWorkValidator(db, clock), command.Work, context, ct));
}

public sealed class AssistAddWorkHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<AssistAddWorkCommand>
{
    public ValueTask<Unit> Handle(AssistAddWorkCommand command, CancellationToken cancellationToken) =>
        AssistedProfiles.ChangeAsync(db, currentUser, notifier, audit, clock, command.RegistrationId, AssistedSection.Work, (profile, by, at) =>
        {
            var work = command.Work;
            profile.AddWork(
                new WorkExperience { Id = Guid.CreateVersion7(), Employer = work.Employer!.Trim(), Position = work.Position!.Trim(), CountryCode = work.CountryCode!, StartYear = work.StartYear!.Value, EndYear = work.EndYear },
                by,
                at);
            return Task.CompletedTask;
        }, cancellationToken);
}

/// <summary>A profession entered by the officer with the citizen present.</summary>
public sealed record AssistAddProfessionCommand(Guid RegistrationId, AddProfessionCommand Profession) : ICommand;

public sealed class AssistAddProfessionValidator : AbstractValidator<AssistAddProfessionCommand>
{
    public AssistAddProfessionValidator(IPortalDbContext db) =>
        RuleFor(x => x).CustomAsync((command, context, ct) => AssistedProfiles.ValidateAsAsync(new AddProfessionValidator(db), command.Profession, context, ct));
}

public sealed class AssistAddProfessionHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<AssistAddProfessionCommand>
{
    public ValueTask<Unit> Handle(AssistAddProfessionCommand command, CancellationToken cancellationToken) =>
        AssistedProfiles.ChangeAsync(db, currentUser, notifier, audit, clock, command.RegistrationId, AssistedSection.Profession, (profile, by, at) =>
        {
            profile.AddProfession(
                new ProfessionSkill { Id = Guid.CreateVersion7(), OccupationCode = command.Profession.OccupationCode!, YearsOfExperience = command.Profession.YearsOfExperience!.Value },
                by,
                at);
            return Task.CompletedTask;
        }, cancellationToken);
}

/// <summary>A language entered by the officer with the citizen present.</summary>
public sealed record AssistAddLanguageCommand(Guid RegistrationId, AddLanguageCommand Language) : ICommand;

public sealed class AssistAddLanguageValidator : AbstractValidator<AssistAddLanguageCommand>
{
    public AssistAddLanguageValidator(IPortalDbContext db) =>
        RuleFor(x => x).CustomAsync((command, context, ct) => AssistedProfiles.ValidateAsAsync(new AddLanguageValidator(db), command.Language, context, ct));
}

public sealed class AssistAddLanguageHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<AssistAddLanguageCommand>
{
    public ValueTask<Unit> Handle(AssistAddLanguageCommand command, CancellationToken cancellationToken) =>
        AssistedProfiles.ChangeAsync(db, currentUser, notifier, audit, clock, command.RegistrationId, AssistedSection.Language, (profile, by, at) =>
        {
            var language = command.Language;
            profile.AddLanguage(
                new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = language.LanguageCode!, LevelId = language.LevelId!.Value, Certificate = string.IsNullOrWhiteSpace(language.Certificate) ? null : language.Certificate.Trim() },
                by,
                at);
            return Task.CompletedTask;
        }, cancellationToken);
}
