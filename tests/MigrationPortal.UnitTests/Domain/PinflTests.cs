using MigrationPortal.Domain.Workers;

namespace MigrationPortal.UnitTests.Domain;

public sealed class PinflTests
{
    // The worked example of docs/design/domain.md, PINFL layout (the name is older than that page).
    [Fact]
    public void The_example_of_DOMAIN_md_is_a_man_born_on_15_May_1990()
    {
        Pinfl.TryParse("31505901234568", out var pinfl).ShouldBe(PinflProblem.None);

        pinfl.ShouldNotBeNull();
        (pinfl.BirthDate, pinfl.Sex, pinfl.Value).ShouldBe((new DateOnly(1990, 5, 15), Sex.Male, "31505901234568"));
    }

    [Theory]
    [InlineData("4280287123456", 1987, 2, 28, Sex.Female)]
    [InlineData("5010105045001", 2005, 1, 1, Sex.Male)]
    [InlineData("6311203301117", 2003, 12, 31, Sex.Female)]
    [InlineData("6290200140210", 2000, 2, 29, Sex.Female)]
    [InlineData("1150599001001", 1899, 5, 15, Sex.Male)]
    [InlineData("2010180999999", 1880, 1, 1, Sex.Female)]
    public void The_first_digit_gives_century_and_sex_and_the_next_six_the_birth_date(string first13, int year, int month, int day, Sex sex)
    {
        Pinfl.TryParse(WithCheckDigit(first13), out var pinfl).ShouldBe(PinflProblem.None);

        pinfl.ShouldNotBeNull();
        (pinfl.BirthDate, pinfl.Sex).ShouldBe((new DateOnly(year, month, day), sex));
    }

    [Fact]
    public void Spaces_around_the_number_are_ignored()
    {
        Pinfl.TryParse(" 31505901234568 ", out var pinfl).ShouldBe(PinflProblem.None);

        pinfl!.Value.ShouldBe("31505901234568");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3150590123456")]
    [InlineData("315059012345680")]
    [InlineData("3150590123456A")]
    [InlineData("31505 901234568")]
    [InlineData("3150590123456８")]
    public void Anything_but_fourteen_ASCII_digits_is_a_format_problem(string? input)
    {
        Pinfl.TryParse(input, out var pinfl).ShouldBe(PinflProblem.Format);
        pinfl.ShouldBeNull();
    }

    // The check digit is right in each case, so only the layout can be what is refused.
    [Theory]
    [InlineData("0150590123456")]
    [InlineData("7150590123456")]
    [InlineData("8150590123456")]
    [InlineData("9150590123456")]
    [InlineData("3150590000456")]
    [InlineData("3150590123000")]
    public void A_century_digit_outside_1_to_6_or_a_zero_area_or_serial_is_a_format_problem(string first13)
    {
        Pinfl.TryParse(WithCheckDigit(first13), out var pinfl).ShouldBe(PinflProblem.Format);
        pinfl.ShouldBeNull();
    }

    [Theory]
    [InlineData("31505901234560")]
    [InlineData("31505901234569")]
    [InlineData("41505901234568")]
    public void A_wrong_check_digit_is_told_apart(string input)
    {
        Pinfl.TryParse(input, out var pinfl).ShouldBe(PinflProblem.CheckDigit);
        pinfl.ShouldBeNull();
    }

    [Theory]
    [InlineData("3310290123456")]
    [InlineData("3151390123456")]
    [InlineData("3150090123456")]
    [InlineData("3000590123456")]
    [InlineData("3290290123456")]
    [InlineData("3290200123456")]
    [InlineData("5290223123456")]
    public void A_date_that_does_not_exist_is_a_birth_date_problem_even_with_a_right_check_digit(string first13)
    {
        Pinfl.TryParse(WithCheckDigit(first13), out var pinfl).ShouldBe(PinflProblem.BirthDate);
        pinfl.ShouldBeNull();
    }

    [Fact]
    public void It_agrees_only_with_the_birth_date_and_sex_it_encodes()
    {
        Pinfl.TryParse("31505901234568", out var pinfl);

        pinfl!.AgreesWith(new DateOnly(1990, 5, 15), Sex.Male).ShouldBeTrue();
        pinfl.AgreesWith(new DateOnly(1990, 5, 16), Sex.Male).ShouldBeFalse();
        pinfl.AgreesWith(new DateOnly(1990, 5, 15), Sex.Female).ShouldBeFalse();
    }

    [Fact]
    public void Shown_as_text_only_the_last_four_digits_appear()
    {
        Pinfl.TryParse("31505901234568", out var pinfl);

        pinfl!.ToString().ShouldBe("••••••••••4568");
        $"{pinfl}".ShouldNotContain("315059");
    }

    [Theory]
    [InlineData("AB1234567", "•••••4567")]
    [InlineData("1234", "••••")]
    [InlineData("", "")]
    public void The_mask_hides_all_but_the_last_four_characters_and_all_of_a_short_value(string value, string shown) =>
        PersonalDataMask.Mask(value).ShouldBe(shown);

    // Written here from the rule in docs/design/domain.md, PINFL layout, independently of Pinfl.CheckDigit: weights 7, 3, 1 repeated, sum modulo 10.
    private static string WithCheckDigit(string first13)
    {
        int[] weights = [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7];
        var sum = first13.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first13 + (sum % 10);
    }
}
