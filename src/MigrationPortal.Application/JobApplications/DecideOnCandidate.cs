using Mediator;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// The employer's decision on a shortlisted candidate: select, or not select (with a reason); an interview is
/// <see cref="InviteToInterviewCommand"/>. Selecting takes a position and tells the citizen, so it counts only when
/// <see cref="Confirmed"/>: the employer confirmed it on the selection's own page (issue 11).
/// </summary>
public sealed record DecideOnCandidateCommand(Guid ApplicationId, uint Version, ApplicationStatus Target, string? Reason) : ICommand
{
    public bool Confirmed { get; init; }
}

public sealed class DecideOnCandidateHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<DecideOnCandidateCommand>
{
    public async ValueTask<Unit> Handle(DecideOnCandidateCommand command, CancellationToken cancellationToken)
    {
        var (application, order) = await ShortlistedApplications.LoadAsync(db, currentUser, command.ApplicationId, command.Version, cancellationToken);
        var by = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        switch (command.Target)
        {
            case ApplicationStatus.Selected when command.Confirmed: application.Select(order, by, now); break;
            case ApplicationStatus.Selected: throw new DomainRuleException("Rule.Application.SelectionNeedsConfirmation");
            case ApplicationStatus.NotSelected: application.NotSelect(PipelineActor.Employer, command.Reason ?? "", by, now); break;
            default: throw new DomainRuleException("Rule.Application.InvalidTransition", $"ApplicationStatus.{application.Status}", $"ApplicationStatus.{command.Target}");
        }

        audit.RecordChange(PersonalDataAudit.DecideOnCandidate, application.CitizenId, command.Target.ToString());
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
