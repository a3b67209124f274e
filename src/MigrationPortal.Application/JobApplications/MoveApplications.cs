using MigrationPortal.Domain.Messaging;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>An officer's move of one or more applications: screen, shortlist (with a note), not shortlist (with a reason), pre-departure, departed, returned.</summary>
public sealed record MoveApplicationsCommand(IReadOnlyList<Guid> Ids, ApplicationStatus Target, string? Note) : ICommand<int>;

public sealed class MoveApplicationsHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<MoveApplicationsCommand, int>
{
    public async ValueTask<int> Handle(MoveApplicationsCommand command, CancellationToken cancellationToken)
    {
        var scope = await ApplicationScope.InScopeAsync(db, currentUser, cancellationToken);
        if (command.Ids.Count is 0 or > 100)
        {
            throw new DomainRuleException("Rule.Application.ChooseApplications");
        }

        var by = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        var applications = await scope.Where(x => command.Ids.Contains(x.Application.Id)).Select(x => x.Application).ToListAsync(cancellationToken);
        var orders = await db.JobOrders
            .Where(o => applications.Select(a => a.JobOrderId).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.Title, o.OrganizationId }, cancellationToken);
        var notices = new List<Notice>(applications.Count);
        foreach (var application in applications)
        {
            application.MoveByAgency(command.Target, command.Note, by, now);
            audit.RecordChange(PersonalDataAudit.MoveApplication, application.CitizenId, command.Target.ToString());
            notices.Add(new Notice(application.CitizenId, $"Notice.Application.{command.Target}", [orders[application.JobOrderId].Title], NoticeTarget.JobApplication(application.Id)));
        }

        await notifier.NotifyAsync(notices, cancellationToken);
        if (command.Target == ApplicationStatus.Shortlisted)
        {
            await notifier.NotifyEmployersAsync(
                [.. applications.GroupBy(a => a.JobOrderId).Select(g => new EmployerNotice(
                    orders[g.Key].OrganizationId,
                    "Notice.Employer.Shortlisted",
                    [g.Count().ToString(CultureInfo.InvariantCulture), orders[g.Key].Title],
                    NoticeTarget.JobOrderCandidates(g.Key)))],
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return applications.Count;
    }
}
