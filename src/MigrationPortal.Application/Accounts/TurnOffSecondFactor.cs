using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>A citizen or an employer's staff member turns their second factor off; staff accounts may not (docs/design/quality.md, Identity).</summary>
public sealed record TurnOffSecondFactorCommand : ICommand;

public sealed class TurnOffSecondFactorHandler(UserManager<PortalUser> userManager, IPortalDbContext db, ICurrentUser currentUser)
    : ICommandHandler<TurnOffSecondFactorCommand>
{
    public async ValueTask<Unit> Handle(TurnOffSecondFactorCommand command, CancellationToken cancellationToken)
    {
        var user = await SecondFactorAccounts.CurrentAsync(userManager, currentUser);
        if (user.Kind.RequiresSecondFactor())
        {
            throw new DomainRuleException("Rule.SecondFactor.Required");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        SecondFactorAccounts.Succeed(await userManager.SetTwoFactorEnabledAsync(user, false));

        // The old key goes too: turning it on again means scanning a new one.
        await SecondFactorAccounts.NewKeyAsync(userManager, db, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
