using System.Globalization;
using FluentValidation;
using Mediator;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// The employer invites a shortlisted candidate to an interview (issue 11): a date and time in the agency's time
/// (UTC+5, the citizen's), and a place, an https video link, or both.
/// </summary>
public sealed record InviteToInterviewCommand : ICommand
{
    public Guid ApplicationId { get; init; }

    public uint Version { get; init; }

    public DateOnly? InterviewDate { get; init; }

    public TimeOnly? InterviewTime { get; init; }

    public string? InterviewPlace { get; init; }

    public string? InterviewLink { get; init; }

    /// <summary>The moment the date and time name, read in the agency's time.</summary>
    public DateTimeOffset? StartsAt => InterviewDate is { } date && InterviewTime is { } time
        ? new DateTimeOffset(date.ToDateTime(time), AgencyCalendar.Offset)
        : null;
}

public sealed class InviteToInterviewValidator : AbstractValidator<InviteToInterviewCommand>
{
    public InviteToInterviewValidator(TimeProvider clock)
    {
        RuleFor(x => x.InterviewDate).NotNull();
        RuleFor(x => x.InterviewTime).NotNull();
        RuleFor(x => x.InterviewDate)
            .Must((command, _) => command.StartsAt > clock.GetUtcNow())
            .When(x => x.StartsAt is not null)
            .WithErrorCode(ErrorCodes.InterviewInFuture);
        RuleFor(x => x.InterviewPlace).MaximumLength(InterviewInvitation.PlaceMaxLength);
        RuleFor(x => x.InterviewLink).MaximumLength(InterviewInvitation.LinkMaxLength);
        RuleFor(x => x.InterviewPlace)
            .NotEmpty()
            .When(x => string.IsNullOrWhiteSpace(x.InterviewLink))
            .WithErrorCode(ErrorCodes.InterviewPlaceOrLink);
        RuleFor(x => x.InterviewLink)
            .Must(InterviewInvitation.IsSecureLink)
            .When(x => !string.IsNullOrWhiteSpace(x.InterviewLink))
            .WithErrorCode(ErrorCodes.InterviewLinkHttps);
    }
}

public sealed class InviteToInterviewHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<InviteToInterviewCommand>
{
    public async ValueTask<Unit> Handle(InviteToInterviewCommand command, CancellationToken cancellationToken)
    {
        var (application, order) = await ShortlistedApplications.LoadAsync(db, currentUser, command.ApplicationId, command.Version, cancellationToken);
        var invitation = new InterviewInvitation(command.StartsAt!.Value, command.InterviewPlace, command.InterviewLink);
        application.Interview(invitation, currentUser.RequireUserId(), clock.GetUtcNow());

        audit.RecordChange(PersonalDataAudit.DecideOnCandidate, application.CitizenId, nameof(ApplicationStatus.Interview));
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// An interview's time and place as a notice carries them: the notice is stored once and read in any language, so
/// the time is written in the agency's time as digits every language reads, and the place as the employer typed it.
/// </summary>
public static class InterviewTexts
{
    public static string When(DateTimeOffset startsAt) =>
        startsAt.ToOffset(AgencyCalendar.Offset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Where(string? place, string? link) =>
        string.Join(" · ", new[] { place, link }.Where(p => !string.IsNullOrEmpty(p)));
}
