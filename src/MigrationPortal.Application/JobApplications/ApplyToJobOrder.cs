using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;
using Npgsql;

namespace MigrationPortal.Application.JobApplications;

/// <summary>One click: applies to a published order when every rule allows it.</summary>
public sealed record ApplyToJobOrderCommand(Guid JobOrderId) : ICommand<Guid>;

public sealed class ApplyToJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<ApplyToJobOrderCommand, Guid>
{
    public async ValueTask<Guid> Handle(ApplyToJobOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, reasons) = await CitizenEligibility.CheckAsync(db, currentUser, clock, command.JobOrderId, cancellationToken);
        if (reasons.Count > 0)
        {
            throw new DomainRuleException($"Eligibility.{reasons[0]}");
        }

        var citizenId = currentUser.RequireUserId();
        var application = new JobApplication(Guid.CreateVersion7(), citizenId, order.Id, order.OrganizationId, clock.GetUtcNow());
        db.JobApplications.Add(application);
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
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
}
