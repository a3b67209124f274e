using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// The officer sends a submitted profile back for correction, with a reason for each part that needs it (at least
/// one). <see cref="Version"/> is the one the officer saw, as in <see cref="VerifyProfileCommand"/>.
/// </summary>
public sealed record ReturnProfileCommand : ICommand
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; }

    public uint Version { get; init; }

    public string? PersonalReason { get; init; }

    public string? PassportReason { get; init; }

    public string? EducationReason { get; init; }

    public string? WorkHistoryReason { get; init; }

    public string? ProfessionsReason { get; init; }

    public string? LanguagesReason { get; init; }

    public string? CountriesReason { get; init; }

    public string? DocumentsReason { get; init; }

    /// <summary>The reasons written, each with the part of the profile it is about.</summary>
    public IReadOnlyList<ReturnReason> Reasons() =>
    [
        .. new (ProfileSection Section, string? Reason)[]
        {
            (ProfileSection.Personal, PersonalReason),
            (ProfileSection.Passport, PassportReason),
            (ProfileSection.Education, EducationReason),
            (ProfileSection.WorkHistory, WorkHistoryReason),
            (ProfileSection.Professions, ProfessionsReason),
            (ProfileSection.Languages, LanguagesReason),
            (ProfileSection.Countries, CountriesReason),
            (ProfileSection.Documents, DocumentsReason),
        }
        .Where(r => !string.IsNullOrWhiteSpace(r.Reason))
        .Select(r => new ReturnReason { Section = r.Section, Reason = r.Reason!.Trim() }),
    ];
}

public sealed class ReturnProfileValidator : AbstractValidator<ReturnProfileCommand>
{
    public ReturnProfileValidator()
    {
        RuleFor(x => x.PersonalReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.PassportReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.EducationReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.WorkHistoryReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.ProfessionsReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.LanguagesReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.CountriesReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);
        RuleFor(x => x.DocumentsReason).MaximumLength(ReturnProfileCommand.ReasonMaxLength);

        // About the form as a whole, not one field: shown above it.
        RuleFor(x => x).Custom((command, context) =>
        {
            if (command.Reasons().Count == 0)
            {
                context.AddFailure(new ValidationFailure(string.Empty, "At least one reason is required.") { ErrorCode = VerificationErrors.ReturnReasonRequired });
            }
        });
    }
}

public sealed class ReturnProfileHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<ReturnProfileCommand>
{
    public async ValueTask<Unit> Handle(ReturnProfileCommand command, CancellationToken cancellationToken)
    {
        var unit = currentUser.ReviewUnit();
        var profile = await db.WorkerProfiles.ReviewableIn(unit).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(profile, command.Version);
        profile.Return(command.Reasons(), currentUser.RequireUserId(), clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.ReturnProfile, profile.CitizenId, null);
        await notifier.NotifyAsync(StatusNotices.For(profile), cancellationToken);
        await db.SaveExpectingVersionAsync(profile, cancellationToken);
        return Unit.Value;
    }
}
