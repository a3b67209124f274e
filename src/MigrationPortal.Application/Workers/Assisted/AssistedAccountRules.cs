using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>Who the officer registers: the citizen's name, their phone (required, to carry the code) and, if they have one, an email address.</summary>
public interface IAssistedAccountInput
{
    string? FullName { get; }

    string? Phone { get; }

    string? Email { get; }
}

/// <summary>
/// The rules both steps check, so a number registered meanwhile is refused at the second as at the first: a number that
/// a confirmed account already holds is that citizen's, who signs in or recovers the password with it.
/// </summary>
public sealed class AssistedAccountRules<T> : AbstractValidator<T>
    where T : IAssistedAccountInput
{
    public AssistedAccountRules(IPortalDbContext db)
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(150);
        RuleFor(x => x.Phone).NotEmpty().Must(phone => UzbekPhoneNumber.TryNormalize(phone, out _)).WithErrorCode(ErrorCodes.PhoneFormat);
        RuleFor(x => x.Phone)
            .MustAsync(async (phone, ct) =>
            {
                UzbekPhoneNumber.TryNormalize(phone, out var normalized);
                return !await db.Users.AnyAsync(u => u.PhoneNumber == normalized && u.PhoneNumberConfirmed, ct);
            })
            .When(x => UzbekPhoneNumber.TryNormalize(x.Phone, out _))
            .WithErrorCode(ErrorCodes.AssistedPhoneTaken);
        RuleFor(x => x.Email).EmailAddress().MaximumLength(254)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Email)
            .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedEmail == email!.Trim().ToUpperInvariant(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode(ErrorCodes.AccountTaken);
    }
}
