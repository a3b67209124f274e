using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Accounts;

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
