using FluentValidation;
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
