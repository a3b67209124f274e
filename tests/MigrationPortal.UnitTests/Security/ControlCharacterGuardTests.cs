using MigrationPortal.Web.Security;

namespace MigrationPortal.UnitTests.Security;

public sealed class ControlCharacterGuardTests
{
    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u0001")]
    [InlineData("esc\u001b[0m")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    [InlineData("\uffff")]
    public void Control_characters_are_refused(string value) => ControlCharacterGuard.IsRefused(value).ShouldBeTrue();

    [Theory]
    [InlineData("Payvandchi (svarshik)")]
    [InlineData("O‘zbekiston Ўзбекистон Узбекистан 대한민국")]
    [InlineData("line one\r\nline two\ttabbed")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_in_every_language_with_line_breaks_is_allowed(string? value) => ControlCharacterGuard.IsRefused(value).ShouldBeFalse();
}
