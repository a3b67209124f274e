using FluentValidation;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// The password policy, checked before Identity sees the password so the user gets one clear message
/// in their language: at least 10 characters (at most 128) with a lower-case letter and a digit, which Identity's own
/// options in Infrastructure's DependencyInjection require as well (docs/design/quality.md, Identity).
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
