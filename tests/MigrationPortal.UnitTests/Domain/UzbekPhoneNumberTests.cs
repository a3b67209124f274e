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

    [Fact]
    public void Formats_for_display_in_groups() =>
        UzbekPhoneNumber.Format("+998901234567").ShouldBe("+998 90 123 45 67");
}
