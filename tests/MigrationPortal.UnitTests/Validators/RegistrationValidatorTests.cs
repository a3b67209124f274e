using FluentValidation.TestHelper;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;

namespace MigrationPortal.UnitTests.Validators;

/// <summary>The rules that need no database; the uniqueness rules are covered by the integration tests.</summary>
public sealed class RegistrationValidatorTests
{
    private sealed class PasswordOnly : FluentValidation.AbstractValidator<RegisterCitizenCommand>
    {
        public PasswordOnly()
        {
            RuleFor(x => x.Password).StrongPassword();
        }
    }

    [Theory]
    [InlineData("Samarqand2026")]
    [InlineData("toshkent 1991 yil")]
    public void A_password_of_ten_characters_with_a_letter_and_a_digit_passes(string password) =>
        new PasswordOnly().TestValidate(new RegisterCitizenCommand { Password = password }).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("short1a")]
    [InlineData("onlyletterslong")]
    [InlineData("1234567890123")]
    [InlineData("UPPERCASE2026")]
    public void A_weak_password_is_refused_with_the_portals_own_code(string password) =>
        new PasswordOnly().TestValidate(new RegisterCitizenCommand { Password = password })
            .ShouldHaveValidationErrorFor(x => x.Password)
            .WithErrorCode(ErrorCodes.PasswordWeak);
}
