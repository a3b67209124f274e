using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>The signed-in user's authenticator key to scan or type: made on first asking, kept until it is confirmed.</summary>
public sealed record PrepareAuthenticatorCommand : ICommand<AuthenticatorSetup>;

/// <summary>The key (base32) and the otpauth:// address a QR code carries; none when the second factor is already on.</summary>
public sealed record AuthenticatorSetup(bool AlreadyOn, string? Key, string? Address);

public sealed class PrepareAuthenticatorHandler(UserManager<PortalUser> userManager, IPortalDbContext db, ICurrentUser currentUser)
    : ICommandHandler<PrepareAuthenticatorCommand, AuthenticatorSetup>
{
    /// <summary>The name authenticator apps list the account under.</summary>
    public const string Issuer = "MigrationPortal";

    public async ValueTask<AuthenticatorSetup> Handle(PrepareAuthenticatorCommand command, CancellationToken cancellationToken)
    {
        var user = await SecondFactorAccounts.CurrentAsync(userManager, currentUser);
        if (user.TwoFactorEnabled)
        {
            return new AuthenticatorSetup(true, null, null);
        }

        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await SecondFactorAccounts.NewKeyAsync(userManager, db, user, cancellationToken);
            key = await userManager.GetAuthenticatorKeyAsync(user)
                ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        // Key URI format of authenticator apps: SHA-1, six digits, 30 seconds are the defaults and stated anyway.
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id.ToString());
        var address = $"otpauth://totp/{Issuer}:{account}?secret={key}&issuer={Issuer}&algorithm=SHA1&digits={AuthenticatorCode.Length}&period=30";
        return new AuthenticatorSetup(false, key, address);
    }
}
