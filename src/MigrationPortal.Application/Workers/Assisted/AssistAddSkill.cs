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
            profile.AddEducation(
                command.Education.ToEntry(),
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
            profile.AddWork(
                command.Work.ToEntry(),
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
                command.Profession.ToEntry(),
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
            profile.AddLanguage(
                command.Language.ToEntry(),
                by,
                at);
            return Task.CompletedTask;
        }, cancellationToken);
}
