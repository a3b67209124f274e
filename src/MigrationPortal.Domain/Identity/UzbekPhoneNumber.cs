namespace MigrationPortal.Domain.Identity;

/// <summary>
/// An Uzbek phone number, +998 followed by a 2-digit operator or area code and 7 digits.
/// Kept in the compact form +998XXXXXXXXX; shown as +998 XX XXX XX XX.
/// </summary>
public static class UzbekPhoneNumber
{
    private const string CountryCode = "998";
    private const int NationalLength = 9;

    /// <summary>Accepts spaces, dashes, dots and parentheses; a missing "+" or "998" prefix is not guessed.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        return trimmed.StartsWith('+') && TryDigits(trimmed.AsSpan(1), out var digits) && TryCompose(digits, out normalized);
    }

    /// <summary>
    /// Also takes a number written without its "+" ("998 93 730 45 67") or as it is dialled at home ("93 730 45 67").
    /// For a sign-in name, which is an email or a phone, nine or twelve such digits cannot mean anything else.
    /// </summary>
    public static bool TryNormalizeAsWritten(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        if (trimmed.StartsWith('+'))
        {
            return TryNormalize(trimmed, out normalized);
        }

        if (!TryDigits(trimmed, out var digits))
        {
            return false;
        }

        return TryCompose(digits.Length == NationalLength ? CountryCode + digits : digits, out normalized);
    }

    public static string Format(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == 13
            ? $"{normalized[..4]} {normalized[4..6]} {normalized[6..9]} {normalized[9..11]} {normalized[11..]}"
            : normalized;
    }

    private static bool TryDigits(ReadOnlySpan<char> written, out string digits)
    {
        digits = "";
        var kept = new List<char>(12);
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                kept.Add(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        digits = new string([.. kept]);
        return true;
    }

    private static bool TryCompose(string digits, out string normalized)
    {
        normalized = "";
        if (digits.Length != CountryCode.Length + NationalLength
            || !digits.StartsWith(CountryCode, StringComparison.Ordinal)
            || digits[CountryCode.Length] == '0')
        {
            return false;
        }

        normalized = "+" + digits;
        return true;
    }
}
