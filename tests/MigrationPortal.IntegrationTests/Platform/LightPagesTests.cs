using System.Net;
using System.Net.Http.Headers;
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

    [Theory]
    [InlineData("/?culture=en", "The official portal of the Agency for External Labor Migration of the Republic of Uzbekistan")]
    [InlineData("/Vacancies?culture=ru", "Вакансии за рубежом от партнёрских работодателей, одобренные агентством")]
    [InlineData("/Vacancies?culture=uz-Latn", "Agentlik tasdiqlagan hamkor ish beruvchilarning xorijdagi vakansiyalari")]
    public async Task A_public_page_tells_search_engines_what_it_is_in_its_language_and_has_an_icon(string url, string description)
    {
        var client = Fixture.CreateClient();
        var page = await client.GetPageAsync(url);

        page.QuerySelector("meta[name=description]")!.GetAttribute("content")!.ShouldStartWith(description);
        var icons = page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();
        icons.ShouldNotBeEmpty();
        foreach (var icon in icons)
        {
            using var response = await client.Http.GetAsync(new Uri(icon, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, icon);
            response.Content.Headers.ContentType!.MediaType.ShouldStartWith("image/");
        }
    }

    [Fact]
    public async Task Stylesheets_come_compressed_under_fingerprinted_addresses_that_browsers_keep_for_a_year()
    {
        var client = Fixture.CreateClient();
        var page = await client.GetPageAsync("/Vacancies");
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();

        stylesheets.ShouldNotBeEmpty();
        foreach (var href in stylesheets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.Http.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            response.Content.Headers.ContentEncoding.ShouldBe(["br"], href);
            response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365), href);
            response.Headers.CacheControl.ToString().ShouldContain("immutable", Case.Insensitive, href);
        }
    }
}
