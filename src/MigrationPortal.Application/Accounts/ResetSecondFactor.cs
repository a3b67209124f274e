using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// An administrator resets an account's second factor (a lost phone): off, a new key, the claimed steps forgotten;
/// a staff account sets it up again at its next sign-in. Recorded like any status change: who, whom, when, from, to.
/// </summary>
public sealed record ResetSecondFactorCommand(Guid Id) : ICommand;

public sealed class ResetSecondFactorHandler(UserManager<PortalUser> userManager, IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ResetSecondFactorCommand>
{
    public async ValueTask<Unit> Handle(ResetSecondFactorCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await userManager.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException();
        var from = user.TwoFactorEnabled ? "On" : "Off";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        SecondFactorAccounts.Succeed(await userManager.SetTwoFactorEnabledAsync(user, false));
        await SecondFactorAccounts.NewKeyAsync(userManager, db, user, cancellationToken);
        db.StatusChanges.Add(new StatusChange(SecondFactorAccounts.RecordType, user.Id, from, "Reset", currentUser.RequireUserId(), clock.GetUtcNow(), null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
