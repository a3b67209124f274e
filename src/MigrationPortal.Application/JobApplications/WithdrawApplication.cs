using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.JobApplications;

public sealed record WithdrawApplicationCommand(Guid Id, uint Version) : ICommand;

public sealed class WithdrawApplicationHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<WithdrawApplicationCommand>
{
    public async ValueTask<Unit> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var application = await db.JobApplications.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(application, command.Version);
        var order = await db.JobOrders.IgnoreQueryFilters([QueryFilters.Tenant]).SingleAsync(o => o.Id == application.JobOrderId, cancellationToken);
        application.Withdraw(order, null, currentUser.RequireUserId(), clock.GetUtcNow());
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
        if (application.IsVisibleToEmployer)
        {
            await notifier.NotifyEmployerAsync(StatusNotices.CandidateWithdrew(order), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
