using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record WithdrawConsentCommand : ICommand;

public sealed class WithdrawConsentHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<WithdrawConsentCommand>
{
    public async ValueTask<Unit> Handle(WithdrawConsentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var active = await db.ConsentRecords.Where(r => r.WithdrawnAt == null).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            throw new DomainRuleException("Rule.Consent.AlreadyWithdrawn");
        }

        var now = clock.GetUtcNow();
        active.ForEach(r => r.Withdraw(now));
        var before = profile.Status;
        profile.WithdrawConsent(currentUser.RequireUserId(), now);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }
}
