using System.Globalization;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.UnitTests.Domain;

public sealed class PassportTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("AA1234567", "AA1234567")]
    [InlineData("aa 1234567", "AA1234567")]
    [InlineData(" Ab 123 45 67 ", "AB1234567")]
    [InlineData("FA\t0000001", "FA0000001")]
    public void Two_Latin_letters_and_seven_digits_are_accepted_upper_cased_without_spaces(string input, string expected)
    {
        PassportNumber.TryParse(input, out var passport).ShouldBeTrue();

        passport!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("A1234567")]
    [InlineData("A12345678")]
    [InlineData("AAA1234567")]
    [InlineData("AAA123456")]
    [InlineData("AA123456")]
    [InlineData("AA12345678")]
    [InlineData("АА1234567")]
    [InlineData("аа1234567")]
    [InlineData("1234567AA")]
    [InlineData("AA12345B7")]
    [InlineData("AA-1234567")]
    public void Anything_else_is_refused(string? input)
    {
        PassportNumber.TryParse(input, out var passport).ShouldBeFalse();
        passport.ShouldBeNull();
    }

    [Fact]
    public void Shown_as_text_only_the_last_four_digits_appear()
    {
        PassportNumber.TryParse("AA1234567", out var passport);

        passport!.ToString().ShouldBe("•••••4567");
    }

    [Theory]
    [InlineData("2026-11-25", "2036-11-24", PassportDateProblem.IssuedInFuture)]
    [InlineData("2020-01-01", "2019-12-31", PassportDateProblem.ExpiresBeforeIssue)]
    [InlineData("2020-01-01", "2020-01-01", PassportDateProblem.ExpiresBeforeIssue)]
    [InlineData("2016-11-23", "2026-11-23", PassportDateProblem.Expired)]
    [InlineData("2016-11-24", "2026-11-24", PassportDateProblem.ExpiresSoon)]
    [InlineData("2017-02-01", "2027-02-01", PassportDateProblem.ExpiresSoon)]
    [InlineData("2017-05-23", "2027-05-23", PassportDateProblem.ExpiresSoon)]
    public void Dates_that_would_not_let_the_citizen_travel_are_refused(string issued, string expires, PassportDateProblem problem) =>
        PassportValidity.Check(Date(issued), Date(expires), Today).ShouldBe(problem);

    [Fact]
    public void A_passport_expiring_exactly_six_months_from_today_is_accepted() =>
        PassportValidity.Check(new DateOnly(2017, 5, 24), new DateOnly(2027, 5, 24), Today).ShouldBe(PassportDateProblem.None);

    [Theory]
    [InlineData("2026-11-24", "2036-11-23")]
    [InlineData("2019-03-10", "2029-03-09")]
    public void A_passport_issued_by_today_and_valid_beyond_six_months_is_accepted(string issued, string expires) =>
        PassportValidity.Check(Date(issued), Date(expires), Today).ShouldBe(PassportDateProblem.None);

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
