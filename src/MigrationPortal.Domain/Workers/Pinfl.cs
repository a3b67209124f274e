namespace MigrationPortal.Domain.Workers;

public enum Sex
{
    Male,
    Female,
}

/// <summary>Why a PINFL was refused; each reason has its own message for the citizen.</summary>
public enum PinflProblem
{
    None,
    Format,
    CheckDigit,
    BirthDate,
}

/// <summary>
/// The personal identification number of an individual (JShShIR): 14 digits. Layout as docs/design/domain.md, PINFL layout, gives it:
/// digit 1 century and sex (odd male, even female; 1–2 1800s, 3–4 1900s, 5–6 2000s), digits 2–7 the birth
/// date as DDMMYY, 8–10 a non-zero area code, 11–13 a non-zero serial, 14 the check digit (weights 7, 3, 1
/// repeated over the first 13 digits, modulo 10).
/// </summary>
public sealed record Pinfl
{
    public const int Length = 14;

    private static readonly int[] Weights = [7, 3, 1];

    private Pinfl(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    public static PinflProblem TryParse(string? input, out Pinfl? pinfl)
    {
        pinfl = null;
        var value = input?.Trim() ?? "";
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return PinflProblem.Format;
        }

        var century = value[0] switch
        {
            '1' or '2' => 1800,
            '3' or '4' => 1900,
            '5' or '6' => 2000,
            _ => 0,
        };
        if (century == 0 || value[7..10] == "000" || value[10..13] == "000")
        {
            return PinflProblem.Format;
        }

        if (CheckDigit(value.AsSpan(0, Length - 1)) != value[Length - 1] - '0')
        {
            return PinflProblem.CheckDigit;
        }

        var day = Number(value, 1);
        var month = Number(value, 3);
        var year = century + Number(value, 5);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return PinflProblem.BirthDate;
        }

        pinfl = new Pinfl(value, new DateOnly(year, month, day), (value[0] - '0') % 2 == 1 ? Sex.Male : Sex.Female);
        return PinflProblem.None;
    }

    public static int CheckDigit(ReadOnlySpan<char> first13)
    {
        var sum = 0;
        for (var i = 0; i < first13.Length; i++)
        {
            sum += (first13[i] - '0') * Weights[i % Weights.Length];
        }

        return sum % 10;
    }

    /// <summary>Whether the birth date and sex the number encodes are the ones the citizen gave.</summary>
    public bool AgreesWith(DateOnly birthDate, Sex sex) => BirthDate == birthDate && Sex == sex;

    public override string ToString() => PersonalDataMask.Mask(Value);

    private static int Number(string value, int start) => ((value[start] - '0') * 10) + (value[start + 1] - '0');
}

/// <summary>Shows only the last four characters of a personal number (docs/design/quality.md, Personal data: masked where the role does not need it).</summary>
public static class PersonalDataMask
{
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 4 ? new string('•', value.Length) : new string('•', value.Length - 4) + value[^4..];
    }
}
