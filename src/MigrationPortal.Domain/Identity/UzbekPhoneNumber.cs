namespace MigrationPortal.Domain.Identity;

/// <summary>
/// An Uzbek phone number, +998 followed by a 2-digit operator or area code and 7 digits.
/// Kept in the compact form +998XXXXXXXXX; shown as +998 XX XXX XX XX.
/// </summary>
public static class UzbekPhoneNumber
{
    private const string CountryCode = "998";

    /// <summary>Accepts spaces, dashes, dots and parentheses; a missing "+" or "998" prefix is not guessed.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        if (!trimmed.StartsWith('+'))
        {
            return false;
        }

        var digits = new List<char>(12);
        foreach (var c in trimmed.AsSpan(1))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Add(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var compact = new string([.. digits]);
        if (compact.Length != 12 || !compact.StartsWith(CountryCode, StringComparison.Ordinal) || compact[3] == '0')
        {
            return false;
        }

        normalized = "+" + compact;
        return true;
    }

    public static string Format(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == 13
            ? $"{normalized[..4]} {normalized[4..6]} {normalized[6..9]} {normalized[9..11]} {normalized[11..]}"
            : normalized;
    }
}
