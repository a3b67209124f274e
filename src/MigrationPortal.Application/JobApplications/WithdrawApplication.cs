using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

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
        await notifier.NotifyAsync(application.CitizenId, "Notice.Application.Withdrawn", [order.Title], NoticeTarget.JobApplication(application.Id), cancellationToken);
        if (application.IsVisibleToEmployer)
        {
            await notifier.NotifyEmployerAsync(order.OrganizationId, "Notice.Employer.CandidateWithdrew", [order.Title], NoticeTarget.JobOrderCandidates(order.Id), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
