using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// "Forgot password": when an account with this email exists, a reset link goes out through the outbox.
/// The answer is the same either way, so the form cannot be used to discover accounts.
/// </summary>
public sealed record RequestPasswordResetCommand(string? Email) : ICommand;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
}

public sealed class RequestPasswordResetHandler(IPortalDbContext db, UserManager<PortalUser> userManager, IPortalEmails emails, TimeProvider clock)
    : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var normalized = command.Email!.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user?.Email is not null)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var message = emails.PasswordReset(user.Id, token);
            db.Enqueue(clock, user.Email, message.Subject, message.Body);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}

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
