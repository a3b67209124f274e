using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>The signed-in user's own second factor: whether it is on, the recovery codes left, whether it may be turned off.</summary>
public sealed record GetMySecondFactorQuery : IQuery<MySecondFactor>;

public sealed record MySecondFactor(bool Enabled, int RecoveryCodesLeft, bool Required);

public sealed class GetMySecondFactorHandler(UserManager<PortalUser> userManager, ICurrentUser currentUser)
    : IQueryHandler<GetMySecondFactorQuery, MySecondFactor>
{
    public async ValueTask<MySecondFactor> Handle(GetMySecondFactorQuery query, CancellationToken cancellationToken)
    {
        var user = await SecondFactorAccounts.CurrentAsync(userManager, currentUser);
        var left = user.TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0;
        return new MySecondFactor(user.TwoFactorEnabled, left, user.Kind.RequiresSecondFactor());
    }
}

/// <summary>Ten new recovery codes in place of those left, shown once.</summary>
public sealed record RegenerateRecoveryCodesCommand : ICommand<IReadOnlyList<string>>;

public sealed class RegenerateRecoveryCodesHandler(UserManager<PortalUser> userManager, ICurrentUser currentUser)
    : ICommandHandler<RegenerateRecoveryCodesCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(RegenerateRecoveryCodesCommand command, CancellationToken cancellationToken)
    {
        var user = await SecondFactorAccounts.CurrentAsync(userManager, currentUser);
        if (!user.TwoFactorEnabled)
        {
            throw new DomainRuleException("Rule.SecondFactor.NotOn");
        }

        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount)
            ?? throw new InvalidOperationException("Identity made no recovery codes.");
        return [.. codes];
    }
}

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
