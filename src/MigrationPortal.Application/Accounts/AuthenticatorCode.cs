namespace MigrationPortal.Application.Accounts;

/// <summary>The six digits an authenticator app shows, as people type them (with a space or a hyphen in the middle).</summary>
public static class AuthenticatorCode
{
    public const int Length = 6;

    /// <summary>How many one-time recovery codes an account gets each time they are made.</summary>
    public const int RecoveryCodeCount = 10;

    public static bool TryNormalize(string? typed, out string digits)
    {
        digits = (typed ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length == Length && digits.All(char.IsAsciiDigit);
    }

    /// <summary>A recovery code as Identity made it (capitals and digits, XXXXX-XXXXX), whatever the case or spaces typed.</summary>
    public static string NormalizeRecoveryCode(string? typed) => (typed ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
