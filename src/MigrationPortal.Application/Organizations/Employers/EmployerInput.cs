using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The administrator's form for a partner employer, shared by create and edit.</summary>
public interface IEmployerInput
{
    string? LegalName { get; }

    string? CountryCode { get; }

    string? RegistrationNumber { get; }

    string? AgreementNumber { get; }

    DateOnly? AgreementValidFrom { get; }

    DateOnly? AgreementValidTo { get; }

    string? ContactName { get; }

    string? ContactEmail { get; }

    string? ContactPhone { get; }
}

public static class EmployerInputRules
{
    /// <summary>The form's rules; <paramref name="saved"/> names the employer being edited (null when creating), which may keep its own registration number.</summary>
    public static void AddEmployerRules<T>(this AbstractValidator<T> validator, IPortalDbContext db, Func<T, Guid?> saved)
        where T : IEmployerInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(saved);
        validator.RuleFor(x => x.LegalName).NotEmpty().MaximumLength(200);
        validator.RuleFor(x => x.CountryCode).NotEmpty()
            .MustAsync(async (code, ct) => await db.Countries.AnyAsync(c => c.Code == code, ct))
            .WithErrorCode(ErrorCodes.UnknownCountry);
        validator.RuleFor(x => x.RegistrationNumber).NotEmpty().MaximumLength(50);
        validator.RuleFor(x => x.RegistrationNumber)
            .MustAsync(async (input, number, ct) =>
            {
                var id = saved(input);
                return !await db.Employers.AnyAsync(e => e.Id != id && e.CountryCode == input.CountryCode && e.RegistrationNumber == number!.Trim(), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.RegistrationNumber))
            .WithErrorCode(ErrorCodes.RegistrationNumberTaken);
        validator.RuleFor(x => x.AgreementNumber).NotEmpty().MaximumLength(50);
        validator.RuleFor(x => x.AgreementValidFrom).NotEmpty();
        validator.RuleFor(x => x.AgreementValidTo).NotEmpty()
            .GreaterThan(x => x.AgreementValidFrom).When(x => x.AgreementValidFrom is not null)
            .WithErrorCode(ErrorCodes.AgreementDates);
        validator.RuleFor(x => x.ContactName).NotEmpty().MaximumLength(150);
        validator.RuleFor(x => x.ContactEmail).NotEmpty().EmailAddress().MaximumLength(254);
        validator.RuleFor(x => x.ContactPhone).MaximumLength(30)
            .Matches(@"^\+[0-9 ()\-]{7,29}$").When(x => !string.IsNullOrWhiteSpace(x.ContactPhone))
            .WithErrorCode(ErrorCodes.InternationalPhoneFormat);
    }

    public static EmployerDetails ToDetails(this IEmployerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new EmployerDetails(
            input.LegalName!,
            input.CountryCode!,
            input.RegistrationNumber!,
            input.AgreementNumber!,
            input.AgreementValidFrom!.Value,
            input.AgreementValidTo!.Value,
            input.ContactName!,
            input.ContactEmail!,
            input.ContactPhone);
    }
}
