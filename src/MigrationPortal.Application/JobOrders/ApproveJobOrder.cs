using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// Publishes a submitted order after checking its monthly wage against the destination's minimum wage in force today
/// (issue 4): an order below it is refused with the figures. With no minimum recorded for the country, it is approved.
/// The version is the one the reviewer saw: if someone decided meanwhile, nothing is saved and the reviewer is told.
/// </summary>
public sealed record ApproveJobOrderCommand(Guid Id, uint Version) : ICommand;

public sealed class ApproveJobOrderHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<ApproveJobOrderCommand>
{
    public async ValueTask<Unit> Handle(ApproveJobOrderCommand command, CancellationToken cancellationToken)
    {
        var orders = await ApprovalScope.ReviewableOrdersAsync(db, currentUser, cancellationToken);
        var order = await orders.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(order, command.Version);
        if (await db.Employers.AnyAsync(e => e.Id == order.OrganizationId && e.Status == EmployerStatus.Suspended, cancellationToken))
        {
            throw new DomainRuleException("Rule.EmployerSuspended");
        }

        var minimum = await DestinationMinimumWage.FindAsync(db, order.CountryCode, AgencyCalendar.Today(clock), cancellationToken);
        decimal? minimumInOrderCurrency = minimum is null ? null : await DestinationMinimumWage.InCurrencyAsync(db, minimum, order.CurrencyCode, cancellationToken);
        order.Approve(minimumInOrderCurrency, currentUser.RequireUserId(), clock.GetUtcNow());

        await JobOrderSearchIndex.RefreshAsync(db, order, cancellationToken);
        await notifier.NotifyEmployerAsync(StatusNotices.For(order), cancellationToken);
        await db.SaveExpectingVersionAsync(order, cancellationToken);
        return Unit.Value;
    }
}
