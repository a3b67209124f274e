using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Accounts;

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
