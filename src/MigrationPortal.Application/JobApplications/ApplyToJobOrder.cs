using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Workers;
using Npgsql;

namespace MigrationPortal.Application.JobApplications;

/// <summary>Whether the signed-in citizen may apply to an order, and if not, every reason why.</summary>
public sealed record GetEligibilityQuery(Guid JobOrderId) : IQuery<IReadOnlyList<IneligibleReason>>;

/// <summary>One click: applies to a published order when every rule allows it.</summary>
public sealed record ApplyToJobOrderCommand(Guid JobOrderId) : ICommand<Guid>;

public sealed class ApplyToJobOrderHandlers(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock)
    : IQueryHandler<GetEligibilityQuery, IReadOnlyList<IneligibleReason>>,
      ICommandHandler<ApplyToJobOrderCommand, Guid>
{
    public async ValueTask<IReadOnlyList<IneligibleReason>> Handle(GetEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (_, reasons) = await CheckAsync(query.JobOrderId, cancellationToken);
        return reasons;
    }

    public async ValueTask<Guid> Handle(ApplyToJobOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, reasons) = await CheckAsync(command.JobOrderId, cancellationToken);
        if (reasons.Count > 0)
        {
            throw new DomainRuleException($"Eligibility.{reasons[0]}");
        }

        var citizenId = currentUser.RequireUserId();
        var application = new JobApplication(Guid.CreateVersion7(), citizenId, order.Id, order.OrganizationId, clock.GetUtcNow());
        db.JobApplications.Add(application);
        await notifier.NotifyAsync(citizenId, "Notice.Application.Submitted", [order.Title], NoticeTarget.JobApplication(application.Id), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A double click: the first request applied, the second is told so.
            throw new DomainRuleException($"Eligibility.{IneligibleReason.AlreadyApplied}");
        }

        return application.Id;
    }

    private async Task<(JobOrder Order, IReadOnlyList<IneligibleReason> Reasons)> CheckAsync(Guid jobOrderId, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var citizenId = currentUser.RequireUserId();

        // Orders are the employers' rows; a citizen reads an order the agency has published, never a draft,
        // a pending or a rejected one, nor one of a suspended employer ("not found").
        var order = await db.JobOrders.IgnoreQueryFilters([QueryFilters.Tenant]).OfActiveEmployers(db).SingleOrDefaultAsync(o => o.Id == jobOrderId && o.Status != JobOrderStatus.Draft && o.Status != JobOrderStatus.PendingApproval && o.Status != JobOrderStatus.Rejected, cancellationToken)
            ?? throw new NotFoundException();
        var profile = await db.WorkerProfiles.AsNoTracking()
            .Where(p => p.Id == citizenId)
            .Select(p => new { p.Status, p.ConsentActive, p.BirthDate, p.Languages })
            .SingleOrDefaultAsync(cancellationToken);
        var levelIds = profile?.Languages.Select(l => l.LevelId).Append(order.MinimumLanguageLevelId ?? 0).ToList() ?? [order.MinimumLanguageLevelId ?? 0];
        var ranks = await db.LanguageLevels.AsNoTracking().Where(l => levelIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Rank, cancellationToken);
        var applied = await db.JobApplications.AnyAsync(a => a.JobOrderId == jobOrderId && a.CitizenId == citizenId, cancellationToken);
        var facts = new ApplicantFacts(
            profile is { Status: ProfileStatus.Verified, ConsentActive: true },
            profile?.BirthDate,
            profile?.Languages.ToDictionary(l => l.LanguageCode, l => ranks.GetValueOrDefault(l.LevelId)) ?? [],
            applied);
        int? required = order.MinimumLanguageLevelId is { } level ? ranks.GetValueOrDefault(level) : null;
        return (order, ApplicationEligibility.Check(order, required, facts, AgencyCalendar.Today(clock)));
    }
}
