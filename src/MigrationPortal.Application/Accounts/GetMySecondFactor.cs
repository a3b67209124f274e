using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
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
