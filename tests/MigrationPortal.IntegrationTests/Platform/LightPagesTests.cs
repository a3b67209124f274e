using System.Net;
using System.Text.RegularExpressions;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>Pages as light as a phone needs (issue 11, light pages; docs/benchmarks/lighthouse.md).</summary>
public sealed partial class LightPagesTests(PortalFixture fixture) : PortalTest(fixture)
{
    /// <summary>A numeric reference to a character beyond ASCII (markup characters such as &amp;#x27; stay encoded).</summary>
    [GeneratedRegex("&#x(?:[89A-F][0-9A-F]|[0-9A-F]{3,});", RegexOptions.IgnoreCase)]
    private static partial Regex NumericReference();

    private async Task<string> HtmlAsync(string url)
    {
        using var response = await Fixture.CreateClient().Http.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("ru", "Вакансии партнёрских работодателей, одобренные агентством.")]
    [InlineData("uz-Cyrl", "Рўйхатдан ўтмасдан қидиришингиз мумкин.")]
    [InlineData("uz-Latn", "Ro‘yxatdan o‘tmasdan qidirishingiz mumkin.")]
    public async Task The_search_page_carries_its_letters_as_utf8_not_as_numeric_references(string culture, string lead)
    {
        var html = await HtmlAsync($"/Vacancies?culture={culture}");

        html.ShouldContain(lead);
        NumericReference().Matches(html).Select(m => m.Value).Distinct().ShouldBeEmpty();
    }

    [Fact]
    public async Task Markup_typed_into_the_search_box_still_comes_back_escaped_and_cyrillic_comes_back_as_typed()
    {
        var typed = await HtmlAsync("/Vacancies?culture=ru&q=" + Uri.EscapeDataString("<script>alert('каменщик')</script>"));

        typed.ShouldNotContain("<script>alert(");
        typed.ShouldContain("value=\"&lt;script&gt;alert(&#x27;каменщик&#x27;)&lt;/script&gt;\"");
    }
}
