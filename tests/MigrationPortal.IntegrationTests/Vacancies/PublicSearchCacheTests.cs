using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>
/// The anonymous search is kept for a few seconds per query and language (ADR-007); signed-in users always read the
/// current list. The other tests run with the cache off, so each sees its own data at once.
/// </summary>
public sealed class PublicSearchCacheTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task Visitors_share_a_kept_search_page_for_a_while_but_signed_in_users_and_other_languages_do_not()
    {
        await using var factory = Fixture.CreateFactory(new Dictionary<string, string> { ["PublicPages:CacheSeconds"] = "300" });
        PortalClient Client() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        var orders = new VacancyArrangement(Fixture);
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        await orders.PublishedAsync(employer, VacancyArrangement.Terms("Keshlangan payvandchi"));
        Titles(await Client().GetPageAsync("/Vacancies?q=keshlangan")).ShouldBe(["Keshlangan payvandchi"]);

        await orders.PublishedAsync(employer, VacancyArrangement.Terms("Keshlangan duradgor"));

        Titles(await Client().GetPageAsync("/Vacancies?q=keshlangan")).Count.ShouldBe(1, "another visitor gets the page kept a moment ago");
        Titles(await Client().GetPageAsync("/Vacancies?q=keshlangan&country=KR")).Count.ShouldBe(2, "another query is another page");
        var citizen = Client();
        await citizen.SignInAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        Titles(await citizen.GetPageAsync("/Vacancies?q=keshlangan")).Count.ShouldBe(2, "a signed-in user is never served a kept page");
        var russian = Client();
        await russian.GetPageAsync("/?culture=ru");
        var inRussian = await russian.GetPageAsync("/Vacancies?q=keshlangan");
        inRussian.DocumentElement.GetAttribute("lang").ShouldBe("ru");
        Titles(inRussian).Count.ShouldBe(2, "each language keeps its own page");
    }

    private static List<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent)];
}
