using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// The code sent to the number a citizen registered with (issue 12): the right one confirms the number and opens the
/// account; until then it cannot be signed in to. Wrong codes spend the code's tries (<see cref="PhoneCode"/>).
/// </summary>
public sealed record ConfirmRegistrationPhoneCommand : ICommand<Guid>
{
    public string? Phone { get; init; }

    public string? Code { get; init; }
}

public sealed class ConfirmRegistrationPhoneValidator : AbstractValidator<ConfirmRegistrationPhoneCommand>
{
    public ConfirmRegistrationPhoneValidator()
    {
        RuleFor(x => x.Phone).NotEmpty().Must(phone => UzbekPhoneNumber.TryNormalizeAsWritten(phone, out _)).WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(12);
    }
}

public sealed class ConfirmRegistrationPhoneHandler(IPortalDbContext db, PhoneCodes codes, UserManager<PortalUser> userManager) : ICommandHandler<ConfirmRegistrationPhoneCommand, Guid>
{
    public async ValueTask<Guid> Handle(ConfirmRegistrationPhoneCommand command, CancellationToken cancellationToken)
    {
        UzbekPhoneNumber.TryNormalizeAsWritten(command.Phone, out var phone);
        var (result, code) = await codes.CheckAsync(phone, PhoneCodePurpose.Registration, command.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var user = result == PhoneCodeCheck.Accepted && code?.UserId is { } userId
            ? await userManager.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PhoneNumber == phone && !u.PhoneNumberConfirmed, cancellationToken)
            : null;
        if (user is null)
        {
            throw result == PhoneCodeCheck.Wrong
                ? new DomainRuleException("PhoneCode.Wrong", code!.TriesLeft)
                : new DomainRuleException("PhoneCode.AskAgain");
        }

        user.PhoneNumberConfirmed = true;
        AccountWrites.ThrowIfFailed(await userManager.UpdateAsync(user));
        return user.Id;
    }
}

/// <summary>
/// A new code for a number waiting to be confirmed. The answer is the same whether or not such an account exists, so the
/// page does not tell who registered with which number.
/// </summary>
public sealed record ResendRegistrationCodeCommand(string? Phone) : ICommand<DateTimeOffset>;

public sealed class ResendRegistrationCodeHandler(IPortalDbContext db, PhoneCodes codes, UserManager<PortalUser> userManager, TimeProvider clock) : ICommandHandler<ResendRegistrationCodeCommand, DateTimeOffset>
{
    public async ValueTask<DateTimeOffset> Handle(ResendRegistrationCodeCommand command, CancellationToken cancellationToken)
    {
        if (!UzbekPhoneNumber.TryNormalizeAsWritten(command.Phone, out var phone))
        {
            throw new DomainRuleException(ErrorCodes.PhoneFormat);
        }

        var waiting = await userManager.Users
            .Where(u => u.PhoneNumber == phone && !u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen)
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (waiting is null)
        {
            return clock.GetUtcNow() + PhoneCodes.CoolDown;
        }

        var sending = await codes.SendAsync(phone, PhoneCodePurpose.Registration, waiting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sending.NextAllowedAt;
    }
}
