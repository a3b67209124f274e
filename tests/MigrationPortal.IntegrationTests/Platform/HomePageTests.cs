using System.Net;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

public sealed class HomePageTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Theory]
    [InlineData("uz-Latn", "Ro‘yxatdan o‘tish")]
    [InlineData("uz-Cyrl", "Рўйхатдан ўтиш")]
    [InlineData("ru", "Зарегистрироваться")]
    [InlineData("en", "Create an account")]
    public async Task Home_page_answers_in_each_language_with_html_lang_set(string culture, string registerText)
    {
        var page = await Fixture.CreateClient().GetPageAsync($"/?culture={culture}");

        page.DocumentElement.GetAttribute("lang").ShouldBe(culture);
        page.QuerySelector("a[href='/Account/Register']")!.TextContent.ShouldContain(registerText);
    }

    [Fact]
    public async Task Home_page_is_in_Uzbek_Latin_by_default_and_shows_the_test_mode_banner()
    {
        var page = await Fixture.CreateClient().GetPageAsync("/");

        page.DocumentElement.GetAttribute("lang").ShouldBe("uz-Latn");
        page.QuerySelector(".test-banner")!.TextContent.ShouldContain("sinov rejimida");
    }

    [Fact]
    public async Task Chosen_language_is_remembered_by_the_culture_cookie()
    {
        var client = Fixture.CreateClient();
        await client.GetPageAsync("/?culture=ru");

        var next = await client.GetPageAsync("/Account/Login");

        next.DocumentElement.GetAttribute("lang").ShouldBe("ru");
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU,ru;q=0.9,en-US;q=0.8", "ru")]
    [InlineData("uz-Cyrl-UZ", "uz-Cyrl")]
    [InlineData("uz-UZ,uz;q=0.9", "uz-Latn")]
    [InlineData("de-DE,en;q=0.7,ru;q=0.8", "ru")]
    [InlineData("de-DE,fr;q=0.9", "uz-Latn")]
    public async Task A_first_visit_opens_in_the_browser_language(string acceptLanguage, string expected)
    {
        var client = Fixture.CreateClient();
        client.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetPageAsync("/");

        page.DocumentElement.GetAttribute("lang").ShouldBe(expected);
    }

    [Fact]
    public async Task Russian_browser_gets_Russian_texts_until_the_visitor_chooses_English()
    {
        var client = Fixture.CreateClient();
        client.Http.DefaultRequestHeaders.Add("Accept-Language", "ru-RU,ru;q=0.9");

        var first = await client.GetPageAsync("/");
        await client.GetPageAsync("/?culture=en");
        var next = await client.GetPageAsync("/Account/Login");

        first.QuerySelector("a[href='/Account/Register']")!.TextContent.ShouldContain("Зарегистрироваться");
        next.DocumentElement.GetAttribute("lang").ShouldBe("en");
        next.QuerySelector("h1")!.TextContent.ShouldBe("Sign in");
    }

    [Fact]
    public async Task Unknown_page_gets_the_localized_not_found_page()
    {
        var page = await Fixture.CreateClient().GetPageAsync("/no-such-page?culture=en", HttpStatusCode.NotFound);

        page.QuerySelector("h1")!.TextContent.ShouldContain("not found", Case.Insensitive);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var response = await Fixture.CreateClient().Http.GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Referrer-Policy").ShouldContain("strict-origin-when-cross-origin");
        response.Headers.Contains("X-Correlation-ID").ShouldBeTrue();
    }

    [Fact]
    public async Task Readiness_reports_the_migrated_database_as_healthy()
    {
        var client = Fixture.CreateClient();

        using var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative));

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Stylesheets_are_served_from_the_portal_itself_compressed()
    {
        var client = Fixture.CreateClient();
        var page = await client.GetPageAsync("/");
        var sheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();

        sheets.Count.ShouldBe(2);
        foreach (var sheet in sheets)
        {
            sheet.ShouldStartWith("/");
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sheet, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.Http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, sheet);
        }
    }
}
