using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>What the second-factor use cases share: the signed-in account, a fresh key, Identity's answers.</summary>
internal static class SecondFactorAccounts
{
    /// <summary>The <see cref="StatusChange.EntityType"/> of a recorded change to an account's second factor.</summary>
    public const string RecordType = "SecondFactor";

    public static async Task<PortalUser> CurrentAsync(UserManager<PortalUser> userManager, ICurrentUser currentUser) =>
        await userManager.FindByIdAsync(currentUser.RequireUserId().ToString()) ?? throw new AccessDeniedException();

    /// <summary>A new authenticator key, and the steps claimed with the old one forgotten: the new key's codes start afresh.</summary>
    public static async Task NewKeyAsync(UserManager<PortalUser> userManager, IPortalDbContext db, PortalUser user, CancellationToken cancellationToken)
    {
        Succeed(await userManager.ResetAuthenticatorKeyAsync(user));
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AuthenticatorLastStep, (long?)null), cancellationToken);
    }

    /// <summary>Identity refuses these writes only when the account changed meanwhile (another tab, an administrator).</summary>
    public static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainRuleException("Rule.ConcurrencyConflict");
        }
    }
}
