using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>Sets a new password from an emailed link (also how invited staff choose their first password).</summary>
public sealed record ResetPasswordCommand : ICommand
{
    public Guid UserId { get; init; }

    public string? Token { get; init; }

    public string? Password { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithErrorCode(ErrorCodes.ResetLinkInvalid);
        RuleFor(x => x.Password).StrongPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithErrorCode(ErrorCodes.PasswordsDiffer);
    }
}

public sealed class ResetPasswordHandler(UserManager<PortalUser> userManager) : ICommandHandler<ResetPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(command.UserId.ToString());
        var result = user is null ? IdentityResult.Failed() : await SetPasswordAsync(user, command);
        if (!result.Succeeded)
        {
            // A used, expired or altered link: the same message whatever the cause.
            throw new ValidationException([new ValidationFailure(nameof(ResetPasswordCommand.Token), "invalid") { ErrorCode = ErrorCodes.ResetLinkInvalid }]);
        }

        return Unit.Value;
    }

    // A reset link (hours) or a staff invitation (days); either is void once the password has changed.
    private async Task<IdentityResult> SetPasswordAsync(PortalUser user, ResetPasswordCommand command)
    {
        var token = command.Token!;
        if (await userManager.VerifyUserTokenAsync(user, AccountTokens.InvitationProvider, AccountTokens.InvitationPurpose, token))
        {
            token = await userManager.GeneratePasswordResetTokenAsync(user);
        }

        return await userManager.ResetPasswordAsync(user, token, command.Password!);
    }
}
