using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// "Forgot password" with an email address or a phone number (issue 12). An email gets a reset link when an account has it;
/// a phone number gets a code by SMS when a citizen's account has it confirmed, and the code then sets the new password
/// (<see cref="ResetPasswordByCodeCommand"/>). The answer is the same either way, so the form cannot be used to discover accounts.
/// </summary>
public sealed record RequestPasswordResetCommand(string? Login) : ICommand<PasswordResetRequested>;

/// <summary>The number a code was (or would have been) sent to, when the login was a phone number.</summary>
public sealed record PasswordResetRequested(string? Phone);

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(x => x.Login).NotEmpty().MaximumLength(254);
        RuleFor(x => x.Login)
            .Must(login => UzbekPhoneNumber.TryNormalizeAsWritten(login, out _) || LooksLikeEmail(login!.Trim()))
            .When(x => !string.IsNullOrWhiteSpace(x.Login))
            .WithErrorCode(ErrorCodes.EmailOrPhoneFormat);
    }

    // The rule FluentValidation's EmailAddress() applies: one '@' with something on each side.
    private static bool LooksLikeEmail(string login)
    {
        var at = login.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < login.Length - 1 && at == login.LastIndexOf('@');
    }
}

public sealed class RequestPasswordResetHandler(IPortalDbContext db, UserManager<PortalUser> userManager, IPortalEmails emails, PhoneCodes codes, TimeProvider clock)
    : ICommandHandler<RequestPasswordResetCommand, PasswordResetRequested>
{
    public async ValueTask<PasswordResetRequested> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var login = command.Login!.Trim();
        if (UzbekPhoneNumber.TryNormalizeAsWritten(login, out var phone))
        {
            await PasswordResetCodes.SendAsync(db, codes, phone, cancellationToken);
            return new PasswordResetRequested(phone);
        }

        var normalized = login.ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user?.Email is not null)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var message = emails.PasswordReset(user.Id, token);
            db.Enqueue(clock, user.Email, message.Subject, message.Body);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PasswordResetRequested(null);
    }
}

/// <summary>A new code for the same number, from the code page; the same answer whether or not the number has an account.</summary>
public sealed record ResendPasswordResetCodeCommand(string? Phone) : ICommand<DateTimeOffset>;

public sealed class ResendPasswordResetCodeHandler(IPortalDbContext db, PhoneCodes codes) : ICommandHandler<ResendPasswordResetCodeCommand, DateTimeOffset>
{
    public async ValueTask<DateTimeOffset> Handle(ResendPasswordResetCodeCommand command, CancellationToken cancellationToken)
    {
        if (!UzbekPhoneNumber.TryNormalizeAsWritten(command.Phone, out var phone))
        {
            throw new Domain.Common.DomainRuleException(ErrorCodes.PhoneFormat);
        }

        return (await PasswordResetCodes.SendAsync(db, codes, phone, cancellationToken)).NextAllowedAt;
    }
}

/// <summary>Which account a reset code is for: a citizen's whose number is confirmed; staff and employers reset by email.</summary>
internal static class PasswordResetCodes
{
    public static async Task<PhoneCodeSending> SendAsync(IPortalDbContext db, PhoneCodes codes, string phone, CancellationToken cancellationToken)
    {
        var holder = await db.Users
            .Where(u => u.PhoneNumber == phone && u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen)
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);

        // A number without an account gets a code that is kept and never sent, so both answer alike to every later step.
        var sending = await codes.SendAsync(phone, PhoneCodePurpose.PasswordReset, holder, cancellationToken, deliver: holder is not null);
        await db.SaveChangesAsync(cancellationToken);
        return sending;
    }
}
