using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator provider, except that each code passes once (docs/design/quality.md, Identity: a used code is not accepted
/// twice): the step a code belongs to is claimed with a conditional UPDATE, so of two requests with the same code,
/// even at the same instant, the database lets exactly one through. Registered under Identity's own authenticator
/// name, so no provider that accepts a code again remains.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(PortalDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The codes come from the user's app; the portal never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || !AuthenticatorCodes.TryParseCode(token, out var code))
        {
            return false;
        }

        var step = AuthenticatorCodes.MatchingStep(AuthenticatorCodes.DecodeKey(key), code, AuthenticatorCodes.StepAt(clock.GetUtcNow()));
        if (step is null)
        {
            return false;
        }

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.AuthenticatorLastStep == null || u.AuthenticatorLastStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AuthenticatorLastStep, step));
        return claimed == 1;
    }
}
