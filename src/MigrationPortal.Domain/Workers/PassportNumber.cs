namespace MigrationPortal.Domain.Workers;

/// <summary>An Uzbek passport's series and number: two Latin letters and seven digits, e.g. AA1234567.</summary>
public sealed record PassportNumber
{
    private PassportNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Spaces are dropped and letters upper-cased: "aa 1234567" is AA1234567.</summary>
    public static bool TryParse(string? input, out PassportNumber? passport)
    {
        passport = null;
        var value = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (value.Length != 9 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]) || !value[2..].All(char.IsAsciiDigit))
        {
            return false;
        }

        passport = new PassportNumber(value);
        return true;
    }

    public override string ToString() => PersonalDataMask.Mask(Value);
}

/// <summary>Why a passport's dates were refused.</summary>
public enum PassportDateProblem
{
    None,
    IssuedInFuture,
    ExpiresBeforeIssue,
    Expired,
    ExpiresSoon,
}

public static class PassportValidity
{
    /// <summary>A passport must stay valid this long to travel and work abroad (the issue's rule: 6 months).</summary>
    public const int MinimumMonthsLeft = 6;

    public static PassportDateProblem Check(DateOnly issuedOn, DateOnly expiresOn, DateOnly today) =>
        issuedOn > today ? PassportDateProblem.IssuedInFuture
        : expiresOn <= issuedOn ? PassportDateProblem.ExpiresBeforeIssue
        : expiresOn < today ? PassportDateProblem.Expired
        : expiresOn < today.AddMonths(MinimumMonthsLeft) ? PassportDateProblem.ExpiresSoon
        : PassportDateProblem.None;
}
