using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// The new password of a phone-only citizen, set with the code sent to the confirmed number (issue 12). A wrong code spends a
/// try of that code whether or not the number has an account (<see cref="PasswordResetCodes"/>); the password rules are
/// checked first, so a weak password does not cost a try. Every session of the account ends, as with an emailed link.
/// </summary>
public sealed record ResetPasswordByCodeCommand : ICommand
{
    public string? Phone { get; init; }

    public string? Code { get; init; }

    public string? Password { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class ResetPasswordByCodeValidator : AbstractValidator<ResetPasswordByCodeCommand>
{
    public ResetPasswordByCodeValidator()
    {
        RuleFor(x => x.Phone).NotEmpty().Must(phone => UzbekPhoneNumber.TryNormalizeAsWritten(phone, out _)).WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(12);
        RuleFor(x => x.Password).StrongPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithErrorCode(ErrorCodes.PasswordsDiffer);
    }
}

public sealed class ResetPasswordByCodeHandler(IPortalDbContext db, PhoneCodes codes, UserManager<PortalUser> userManager) : ICommandHandler<ResetPasswordByCodeCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordByCodeCommand command, CancellationToken cancellationToken)
    {
        UzbekPhoneNumber.TryNormalizeAsWritten(command.Phone, out var phone);
        var (result, code) = await codes.CheckAsync(phone, PhoneCodePurpose.PasswordReset, command.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var user = result == PhoneCodeCheck.Accepted && code?.UserId is { } userId
            ? await userManager.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PhoneNumber == phone && u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen, cancellationToken)
            : null;
        if (user is null)
        {
            throw result == PhoneCodeCheck.Wrong
                ? new DomainRuleException("PhoneCode.Wrong", code!.TriesLeft)
                : new DomainRuleException("PhoneCode.AskAgain");
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        AccountWrites.ThrowIfFailed(await userManager.ResetPasswordAsync(user, token, command.Password!));
        return Unit.Value;
    }
}
