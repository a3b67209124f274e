using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

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

/// <summary>Turns the second factor on with a code from the app, and answers the ten recovery codes, shown once.</summary>
public sealed record EnableAuthenticatorCommand(string? Code) : ICommand<IReadOnlyList<string>>;

public sealed class EnableAuthenticatorValidator : AbstractValidator<EnableAuthenticatorCommand>
{
    public EnableAuthenticatorValidator()
    {
        RuleFor(x => x.Code).NotEmpty();
        RuleFor(x => x.Code).Must(code => AuthenticatorCode.TryNormalize(code, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.Code))
            .WithErrorCode(ErrorCodes.CodeFormat);
    }
}

public sealed class EnableAuthenticatorHandler(UserManager<PortalUser> userManager, IPortalDbContext db, ICurrentUser currentUser)
    : ICommandHandler<EnableAuthenticatorCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(EnableAuthenticatorCommand command, CancellationToken cancellationToken)
    {
        var user = await SecondFactorAccounts.CurrentAsync(userManager, currentUser);
        if (user.TwoFactorEnabled)
        {
            throw new DomainRuleException("Rule.SecondFactor.AlreadyOn");
        }

        AuthenticatorCode.TryNormalize(command.Code, out var code);

        // Through the one-time provider: the code that confirms the setup cannot sign anyone in afterwards.
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Code), "The code is wrong or expired.") { ErrorCode = ErrorCodes.CodeWrong }]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        SecondFactorAccounts.Succeed(await userManager.SetTwoFactorEnabledAsync(user, true));
        var recoveryCodes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount)
            ?? throw new InvalidOperationException("Identity made no recovery codes.");
        await transaction.CommitAsync(cancellationToken);
        return [.. recoveryCodes];
    }
}
