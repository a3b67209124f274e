using MigrationPortal.Domain.Identity;

namespace MigrationPortal.UnitTests.Domain;

public sealed class UzbekPhoneNumberTests
{
    [Theory]
    [InlineData("+998901234567", "+998901234567")]
    [InlineData("+998 90 123 45 67", "+998901234567")]
    [InlineData("+998 (93) 555-12-34", "+998935551234")]
    [InlineData(" +998.71.200.00.00 ", "+998712000000")]
    public void Accepts_the_written_forms_of_an_Uzbek_number(string input, string expected)
    {
        UzbekPhoneNumber.TryNormalize(input, out var normalized).ShouldBeTrue();
        normalized.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("901234567")]
    [InlineData("998901234567")]
    [InlineData("+7 999 123 45 67")]
    [InlineData("+998 90 123 45 6")]
    [InlineData("+998 90 123 45 678")]
    [InlineData("+998 00 123 45 67")]
    [InlineData("+998 90 ABC 45 67")]
    public void Refuses_anything_else(string? input) =>
        UzbekPhoneNumber.TryNormalize(input, out _).ShouldBeFalse();

    [Theory]
    [InlineData("93 730 45 67", "+998937304567")]
    [InlineData("998937304567", "+998937304567")]
    [InlineData("+998 93 730-45-67", "+998937304567")]
    [InlineData("(93) 730-45-67", "+998937304567")]
    public void A_sign_in_name_may_leave_out_the_plus_or_the_country_code(string input, string expected)
    {
        UzbekPhoneNumber.TryNormalizeAsWritten(input, out var normalized).ShouldBeTrue();
        normalized.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("aziz@example.uz")]
    [InlineData("93 730 45 6")]
    [InlineData("03 730 45 67")]
    [InlineData("997937304567")]
    [InlineData("8 93 730 45 67")]
    [InlineData("+93 730 45 67")]
    public void A_sign_in_name_that_is_no_Uzbek_number_stays_a_name(string? input) =>
        UzbekPhoneNumber.TryNormalizeAsWritten(input, out _).ShouldBeFalse();

    [Fact]
    public void Formats_for_display_in_groups() =>
        UzbekPhoneNumber.Format("+998901234567").ShouldBe("+998 90 123 45 67");
}
