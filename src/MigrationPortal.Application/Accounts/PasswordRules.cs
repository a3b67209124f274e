using FluentValidation;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// The password policy, checked before Identity sees the password so the user gets one clear message
/// in their language: at least 10 characters with a letter and a digit (QUALITY.md, Identity).
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;

    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MaximumLength(128)
            .Must(p => p is null || (p.Length >= MinimumLength && p.Any(char.IsDigit) && p.Any(char.IsLower)))
            .WithErrorCode(ErrorCodes.PasswordWeak);
}
