using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// A citizen opens an account with an email address, a phone number (+998), or both. A phone number must be confirmed
/// with the code sent to it before the account can be used (issue 12), so nobody can hold another person's number:
/// a number whose account never confirmed it is free to register again, and that unconfirmed account goes.
/// </summary>
public sealed record RegisterCitizenCommand : ICommand<RegisteredCitizen>
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Password { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class RegisterCitizenValidator : AbstractValidator<RegisterCitizenCommand>
{
    public RegisterCitizenValidator(IPortalDbContext db)
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Email).NotEmpty()
            .When(x => string.IsNullOrWhiteSpace(x.Phone))
            .WithErrorCode(ErrorCodes.EmailOrPhoneRequired);
        RuleFor(x => x.Email).EmailAddress().MaximumLength(254)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Email)
            .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedEmail == email!.Trim().ToUpperInvariant(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode(ErrorCodes.AccountTaken);
        RuleFor(x => x.Phone)
            .Must(phone => UzbekPhoneNumber.TryNormalize(phone, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.Phone)
            .MustAsync(async (phone, ct) =>
            {
                UzbekPhoneNumber.TryNormalize(phone, out var normalized);
                return !await db.Users.AnyAsync(u => u.PhoneNumber == normalized && u.PhoneNumberConfirmed, ct);
            })
            .When(x => UzbekPhoneNumber.TryNormalize(x.Phone, out _))
            .WithErrorCode(ErrorCodes.AccountTaken);
        RuleFor(x => x.Password).StrongPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithErrorCode(ErrorCodes.PasswordsDiffer);
    }
}

/// <summary>The new account, and the number its code went to when it has one to confirm.</summary>
public sealed record RegisteredCitizen(Guid Id, string? PhoneToConfirm);

public sealed class RegisterCitizenHandler(IPortalDbContext db, UserManager<PortalUser> userManager, PhoneCodes codes, TimeProvider clock) : ICommandHandler<RegisterCitizenCommand, RegisteredCitizen>
{
    public async ValueTask<RegisteredCitizen> Handle(RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        string? phone = UzbekPhoneNumber.TryNormalize(command.Phone, out var normalized) ? normalized : null;
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            Kind = UserKind.Citizen,
            FullName = command.FullName!.Trim(),
            UserName = email ?? phone,
            Email = email,
            PhoneNumber = phone,
            CreatedAt = clock.GetUtcNow(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.Name,
        };
        var unconfirmed = phone is null
            ? null
            : await userManager.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone && !u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen, cancellationToken);
        Func<Task>? sendCode = phone is null ? null : async () =>
        {
            await codes.SendAsync(phone, PhoneCodePurpose.Registration, user.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        };
        await AccountWrites.CreateAsync(db, userManager, user, command.Password, sendCode, cancellationToken, replacing: unconfirmed);
        return new RegisteredCitizen(user.Id, phone);
    }
}
