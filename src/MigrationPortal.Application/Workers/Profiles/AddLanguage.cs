using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record AddLanguageCommand : ICommand
{
    public string? LanguageCode { get; init; }

    public int? LevelId { get; init; }

    public string? Certificate { get; init; }

    /// <summary>The entry this validated command adds, whoever enters it (the citizen, or an officer with them).</summary>
    public LanguageSkill ToEntry() => new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = LanguageCode!, LevelId = LevelId!.Value, Certificate = string.IsNullOrWhiteSpace(Certificate) ? null : Certificate.Trim() };
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

public sealed class AddLanguageHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<AddLanguageCommand>
{
    public ValueTask<Unit> Handle(AddLanguageCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(
            db,
            currentUser,
            notifier,
            clock,
            (profile, by, at) => profile.AddLanguage(
                command.ToEntry(),
                by,
                at),
            cancellationToken);
}
