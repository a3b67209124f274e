using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Sms;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// A citizen moves the account to a new phone number (issue 12). The new number is proven first, by a code sent to it; the
/// account's password is asked before any code goes out, so a session left open on a shared phone cannot give the account
/// away. Until the code is entered nothing changes.
/// </summary>
public sealed record RequestPhoneChangeCommand : ICommand<PhoneCodeSending>
{
    public string? NewPhone { get; init; }

    /// <summary>The account's current password; an account that has none (opened by OneID or at a branch) is not asked.</summary>
    public string? Password { get; init; }
}

public sealed class RequestPhoneChangeValidator : AbstractValidator<RequestPhoneChangeCommand>
{
    public RequestPhoneChangeValidator(IPortalDbContext db, ICurrentUser currentUser)
    {
        RuleFor(x => x.NewPhone).NotEmpty();
        RuleFor(x => x.NewPhone)
            .Must(phone => UzbekPhoneNumber.TryNormalizeAsWritten(phone, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.NewPhone))
            .WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.NewPhone)
            .MustAsync(async (phone, ct) =>
            {
                UzbekPhoneNumber.TryNormalizeAsWritten(phone, out var normalized);
                return !await db.Users.AnyAsync(u => u.Id == currentUser.UserId && u.PhoneNumber == normalized && u.PhoneNumberConfirmed, ct);
            })
            .When(x => UzbekPhoneNumber.TryNormalizeAsWritten(x.NewPhone, out _))
            .WithErrorCode(ErrorCodes.SamePhone);
        RuleFor(x => x.NewPhone)
            .MustAsync((phone, ct) => PhoneChanges.IsFreeAsync(db, currentUser.RequireUserId(), phone!, ct))
            .When(x => UzbekPhoneNumber.TryNormalizeAsWritten(x.NewPhone, out _))
            .WithErrorCode(ErrorCodes.AccountTaken);
    }
}

public sealed class RequestPhoneChangeHandler(IPortalDbContext db, ICurrentUser currentUser, UserManager<PortalUser> userManager, PhoneCodes codes)
    : ICommandHandler<RequestPhoneChangeCommand, PhoneCodeSending>
{
    public async ValueTask<PhoneCodeSending> Handle(RequestPhoneChangeCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var user = await userManager.FindByIdAsync(currentUser.RequireUserId().ToString()) ?? throw new InvalidOperationException("The signed-in account is gone.");
        if (await userManager.HasPasswordAsync(user) && !await userManager.CheckPasswordAsync(user, command.Password ?? ""))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Password), "wrong") { ErrorCode = ErrorCodes.PasswordWrong }]);
        }

        UzbekPhoneNumber.TryNormalizeAsWritten(command.NewPhone, out var phone);
        var sending = await codes.SendAsync(phone, PhoneCodePurpose.PhoneChange, user.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sending;
    }
}

/// <summary>The code from the new number: the account moves to it, the old number is told by SMS, and other sessions end.</summary>
public sealed record ConfirmPhoneChangeCommand : ICommand
{
    public string? NewPhone { get; init; }

    public string? Code { get; init; }
}

public sealed class ConfirmPhoneChangeValidator : AbstractValidator<ConfirmPhoneChangeCommand>
{
    public ConfirmPhoneChangeValidator()
    {
        RuleFor(x => x.NewPhone).NotEmpty().Must(phone => UzbekPhoneNumber.TryNormalizeAsWritten(phone, out _)).WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(12);
    }
}

public sealed class ConfirmPhoneChangeHandler(
    IPortalDbContext db, ICurrentUser currentUser, UserManager<PortalUser> userManager, PhoneCodes codes, IPortalSms texts, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ConfirmPhoneChangeCommand>
{
    public async ValueTask<Unit> Handle(ConfirmPhoneChangeCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var me = currentUser.RequireUserId();
        UzbekPhoneNumber.TryNormalizeAsWritten(command.NewPhone, out var phone);
        var (result, code) = await codes.CheckAsync(phone, PhoneCodePurpose.PhoneChange, command.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (result != PhoneCodeCheck.Accepted || code?.UserId != me)
        {
            throw result == PhoneCodeCheck.Wrong
                ? new DomainRuleException("PhoneCode.Wrong", code!.TriesLeft)
                : new DomainRuleException("PhoneCode.AskAgain");
        }

        // Someone may have confirmed the number for another account in the ten minutes the code lived.
        if (!await PhoneChanges.IsFreeAsync(db, me, phone, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.NewPhone), "taken") { ErrorCode = ErrorCodes.AccountTaken }]);
        }

        var user = await userManager.FindByIdAsync(me.ToString()) ?? throw new InvalidOperationException("The signed-in account is gone.");
        var old = user.PhoneNumberConfirmed ? user.PhoneNumber : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // An account that never confirmed the number cannot be used; it does not hold the number (RegisterCitizenCommand).
        var unconfirmed = await userManager.Users.Where(u => u.Id != me && u.PhoneNumber == phone && !u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen).ToListAsync(cancellationToken);
        foreach (var stale in unconfirmed)
        {
            AccountWrites.ThrowIfFailed(await userManager.DeleteAsync(stale));
        }

        if (user.UserName == user.PhoneNumber || user.Email is null)
        {
            user.UserName = phone;
        }

        user.PhoneNumber = phone;
        user.PhoneNumberConfirmed = true;
        AccountWrites.ThrowIfFailed(await userManager.UpdateAsync(user));
        AccountWrites.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
        if (old is not null)
        {
            db.EnqueueSms(clock, old, texts.PhoneChanged());
        }

        await notifier.NotifyAsync(new Notice(me, "Notice.Account.PhoneChanged", [UzbekPhoneNumber.Format(phone)], NoticeTarget.Notices(me)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class PhoneChanges
{
    /// <summary>No other account has this number confirmed.</summary>
    public static async Task<bool> IsFreeAsync(IPortalDbContext db, Guid me, string written, CancellationToken cancellationToken)
    {
        UzbekPhoneNumber.TryNormalizeAsWritten(written, out var phone);
        return !await db.Users.AnyAsync(u => u.Id != me && u.PhoneNumber == phone && u.PhoneNumberConfirmed, cancellationToken);
    }
}
