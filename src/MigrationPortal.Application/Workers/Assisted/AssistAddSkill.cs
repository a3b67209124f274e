using FluentValidation;
using Mediator;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

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
