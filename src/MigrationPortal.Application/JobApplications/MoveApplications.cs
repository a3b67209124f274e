using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// An officer's move of one or more applications: screen, shortlist (with a note), not shortlist (with a reason),
/// pre-departure, departed, returned. Shortlisting a candidate who does not meet the order needs
/// <see cref="OverrideReason"/> (issue 11).
/// </summary>
public sealed record MoveApplicationsCommand(IReadOnlyList<Guid> Ids, ApplicationStatus Target, string? Note) : ICommand<int>
{
    public string? OverrideReason { get; init; }
}

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
        var unmet = command.Target == ApplicationStatus.Shortlisted ? await UnmetAsync(applications, cancellationToken) : [];
        var refused = unmet.Count(u => u.Value.Count > 0);
        if (refused > 0 && string.IsNullOrWhiteSpace(command.OverrideReason))
        {
            // No candidate of a bulk move is shortlisted past the order's requirements without a word (issue 11).
            throw new DomainRuleException("Rule.Application.OverrideReasonRequired", refused);
        }

        var notices = new List<Notice>(applications.Count);
        foreach (var application in applications)
        {
            application.MoveByAgency(command.Target, command.Note, unmet.GetValueOrDefault(application.Id, []), command.OverrideReason, by, now);
            audit.RecordChange(PersonalDataAudit.MoveApplication, application.CitizenId, command.Target.ToString());
            notices.Add(StatusNotices.For(application, orders[application.JobOrderId].Title));
        }

        await notifier.NotifyAsync(notices, cancellationToken);
        if (command.Target == ApplicationStatus.Shortlisted)
        {
            await notifier.NotifyEmployersAsync(
                [.. applications.GroupBy(a => a.JobOrderId).Select(g => StatusNotices.Shortlisted(orders[g.Key].OrganizationId, g.Key, orders[g.Key].Title, g.Count()))],
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return applications.Count;
    }

    /// <summary>The order's requirements each application's candidate does not meet today.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<ScreeningRequirement>>> UnmetAsync(List<JobApplication> applications, CancellationToken cancellationToken)
    {
        var ids = applications.ConvertAll(a => a.Id);
        var rows = await (
            from a in db.JobApplications.AsNoTracking()
            where ids.Contains(a.Id)
            join o in db.JobOrders on a.JobOrderId equals o.Id
            join p in db.WorkerProfiles on a.CitizenId equals p.Id
            select new { a.Id, p.BirthDate, p.Languages, p.Professions, o.LanguageCode, o.MinimumLanguageLevelId, o.OccupationCode, o.MinimumExperienceYears, o.MinimumAge, o.MaximumAge })
            .ToListAsync(cancellationToken);
        var facts = await ScreeningFacts.LoadAsync(db, cancellationToken);
        var today = AgencyCalendar.Today(clock);
        return rows.ToDictionary(
            r => r.Id,
            r => ApplicationEligibility.Unmet(
                facts.Requirements(r.LanguageCode, r.MinimumLanguageLevelId, r.OccupationCode, r.MinimumExperienceYears, r.MinimumAge, r.MaximumAge),
                facts.Candidate(r.BirthDate, r.Languages, r.Professions),
                today));
    }
}
