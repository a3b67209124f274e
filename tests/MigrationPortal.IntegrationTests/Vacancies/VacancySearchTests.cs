using System.Net;
using AngleSharp.Html.Dom;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>The public vacancy search (issue 4), used without signing in, as a citizen on a phone would.</summary>
public sealed class VacancySearchTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly VacancyArrangement _orders = new(fixture);

    private static IReadOnlyList<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent.Trim())];

    private Task<IHtmlDocument> SearchAsync(string query) => Fixture.CreateClient().GetPageAsync("/Vacancies" + query);

    [Fact]
    public async Task Search_finds_an_order_by_a_word_in_either_uzbek_script_russian_english_the_employer_or_the_city()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var sakura = await Fixture.CreateEmployerAsync("Sakura Foods", "JP");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Qurilishda g‘isht terish"));
        await _orders.PublishedAsync(sakura, VacancyArrangement.Terms("Restoran oshxonasi") with { CountryCode = "JP", City = "Osaka", OccupationCode = "5120", Program = RecruitmentProgram.JapanTechnicalIntern });

        // A plain apostrophe, as a phone keyboard types it, finds "G‘isht teruvchilar".
        Titles(await SearchAsync("?q=g'isht+teruvchilar")).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=" + Uri.EscapeDataString("Ғишт"))).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=" + Uri.EscapeDataString("каменщики"))).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=Bricklayers")).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=hanil")).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=ansan")).ShouldBe(["Qurilishda g‘isht terish"]);
        Titles(await SearchAsync("?q=" + Uri.EscapeDataString("повара Япония"))).ShouldBe(["Restoran oshxonasi"]);
        Titles(await SearchAsync("?q=oshpazlar+koreya")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Wildcards_typed_into_the_search_are_plain_characters()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms());

        var page = await SearchAsync("?q=" + Uri.EscapeDataString("%% __"));

        Titles(page).ShouldBeEmpty();
        page.QuerySelector("[data-testid=empty]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_card_shows_the_wage_as_the_order_states_it_with_the_dollar_figure_housing_deadline_and_open_positions()
    {
        await _orders.RateAsync("KRW", VacancyArrangement.Today.AddDays(-1), 0.00075m);
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms() with { Wage = new Money(12_000m, "KRW"), WagePeriod = WagePeriod.Hour, HoursPerWeek = 40, HousingProvided = true, Positions = 7 });

        var card = (await SearchAsync("?culture=en")).QuerySelector("[data-testid=vacancy]")!;

        card.QuerySelector("[data-testid=vacancy-employer]")!.TextContent.ShouldBe("Hanil Construction");
        card.QuerySelector("[data-testid=vacancy-place]")!.TextContent.ShouldBe("Republic of Korea, Ansan");
        card.TextContent.ShouldContain("Bricklayers and related workers");
        card.QuerySelector("[data-testid=vacancy-wage]")!.TextContent.ShouldBe("12,000 KRW an hour");
        // 12,000 × 40 × 52 / 12 = 2,080,000 KRW a month, × 0.00075 = 1,560 USD.
        card.QuerySelector("[data-testid=vacancy-usd]")!.TextContent.ShouldBe("(≈ 1,560 USD a month)");
        card.QuerySelector("[data-testid=vacancy-housing]").ShouldNotBeNull();
        card.TextContent.ShouldContain("Open positions: 7");
        card.TextContent.ShouldContain("Apply by " + VacancyArrangement.Today.AddMonths(2).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public async Task Each_filter_keeps_the_orders_that_match_it_and_only_those()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var terms = VacancyArrangement.Terms();
        await _orders.PublishedAsync(hanil, terms with { Title = "Korea bricks", LanguageCode = "ko", MinimumLanguageLevelId = 8, Wage = new Money(2100m, "USD") });
        await _orders.PublishedAsync(hanil, terms with { Title = "Japan cook", CountryCode = "JP", OccupationCode = "5120", Program = RecruitmentProgram.JapanTechnicalIntern, HousingProvided = true, Wage = new Money(1500m, "USD") });
        await _orders.PublishedAsync(hanil, terms with { Title = "UK picker", CountryCode = "GB", OccupationCode = "9211", Program = RecruitmentProgram.UkSeasonal, HousingProvided = true, LanguageCode = "en", MinimumLanguageLevelId = 2, Wage = new Money(2600m, "USD") });

        Titles(await SearchAsync("?country=JP")).ShouldBe(["Japan cook"]);
        Titles(await SearchAsync("?group=7")).ShouldBe(["Korea bricks"]);
        Titles(await SearchAsync("?group=9")).ShouldBe(["UK picker"]);
        Titles(await SearchAsync("?minUsd=2000&sort=Wage")).ShouldBe(["UK picker", "Korea bricks"]);
        Titles(await SearchAsync("?language=ko")).ShouldBe(["Korea bricks"]);
        Titles(await SearchAsync("?language=none")).ShouldBe(["Japan cook"]);
        Titles(await SearchAsync("?housing=true&sort=Wage")).ShouldBe(["UK picker", "Japan cook"]);
        Titles(await SearchAsync("?program=UkSeasonal")).ShouldBe(["UK picker"]);
        Titles(await SearchAsync("?program=EpsKorea&housing=true")).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_a_search_the_filters_stay_folded_behind_their_count_with_each_one_a_chip()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var terms = VacancyArrangement.Terms();
        await _orders.PublishedAsync(hanil, terms with { Title = "Japan cook", CountryCode = "JP", OccupationCode = "5120", Program = RecruitmentProgram.JapanTechnicalIntern, HousingProvided = true, Wage = new Money(2500m, "USD") });

        var page = await SearchAsync("?culture=en&q=cook&country=JP&housing=true&minUsd=2000&sort=Wage");

        page.QuerySelector("[data-testid=filters]")!.HasAttribute("open").ShouldBeFalse();
        page.QuerySelector("[data-testid=filters-toggle]")!.TextContent.ShouldBe("Filters (3)");
        Titles(page).ShouldBe(["Japan cook"]);
        var chips = page.QuerySelectorAll("[data-testid=chip]");
        chips.Select(c => c.TextContent.TrimEnd('×')).ShouldBe(["Japan", "at least 2,000 USD a month", "Only with housing"]);
        chips[0].GetAttribute("aria-label").ShouldBe("Remove filter: Japan");
        chips.Select(c => c.GetAttribute("href")).ShouldBe([
            "/Vacancies?q=cook&minUsd=2000&housing=true&sort=Wage",
            "/Vacancies?q=cook&country=JP&housing=true&sort=Wage",
            "/Vacancies?q=cook&country=JP&minUsd=2000&sort=Wage",
        ]);
    }

    [Fact]
    public async Task A_chip_link_leads_to_the_same_search_without_its_filter()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var terms = VacancyArrangement.Terms();
        await _orders.PublishedAsync(hanil, terms with { Title = "Korea bricks" });
        await _orders.PublishedAsync(hanil, terms with { Title = "Japan cook", CountryCode = "JP", OccupationCode = "5120", Program = RecruitmentProgram.JapanTechnicalIntern });
        var client = Fixture.CreateClient();

        var narrowed = await client.GetPageAsync("/Vacancies?culture=en&country=JP&program=JapanTechnicalIntern");
        var widened = await client.GetPageAsync(narrowed.QuerySelectorAll("[data-testid=chip]")[0].GetAttribute("href")!);
        var all = await client.GetPageAsync(widened.QuerySelector("[data-testid=chip]")!.GetAttribute("href")!);

        Titles(narrowed).ShouldBe(["Japan cook"]);
        widened.QuerySelector("[data-testid=filters-toggle]")!.TextContent.ShouldBe("Filters (1)");
        Titles(widened).ShouldBe(["Japan cook"]);
        Titles(all).ShouldBe(["Japan cook", "Korea bricks"], ignoreOrder: true);
        all.QuerySelector("[data-testid=chips]").ShouldBeNull();
        all.QuerySelector("[data-testid=filters-toggle]")!.TextContent.ShouldBe("Filters and sorting");
    }

    [Fact]
    public async Task Orders_sort_by_newest_or_by_dollar_wage_with_unknown_dollar_wages_last()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var now = DateTimeOffset.UtcNow;
        var terms = VacancyArrangement.Terms();
        await _orders.PublishedAsync(hanil, terms with { Title = "Oldest, best paid", Wage = new Money(3000m, "USD") }, now.AddDays(-3));
        await _orders.PublishedAsync(hanil, terms with { Title = "No rate for its currency", Wage = new Money(9_000_000m, "KRW") }, now.AddDays(-2));
        await _orders.PublishedAsync(hanil, terms with { Title = "Newest, least paid", Wage = new Money(1200m, "USD") }, now.AddDays(-1));

        Titles(await SearchAsync("")).ShouldBe(["Newest, least paid", "No rate for its currency", "Oldest, best paid"]);
        Titles(await SearchAsync("?sort=Wage")).ShouldBe(["Oldest, best paid", "Newest, least paid", "No rate for its currency"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?sort=Wage")]
    public async Task Keyset_pages_follow_one_another_without_a_duplicate_or_a_gap(string sort)
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var expected = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            // Newer orders pay more, so both sorts list them in the same order; two share each wage, testing the id tie-break.
            var title = $"Order {i:D2}";
            await _orders.PublishedAsync(hanil, VacancyArrangement.Terms(title) with { Wage = new Money(1000m + (i / 2 * 100m), "USD") }, start.AddHours(i));
            expected.Insert(0, title);
        }

        var client = Fixture.CreateClient();
        var first = await client.GetPageAsync("/Vacancies" + sort);
        var second = await client.GetPageAsync(first.QuerySelector("[data-testid=next-page]")!.GetAttribute("href")!);

        var all = Titles(first).Concat(Titles(second)).ToList();
        Titles(first).Count.ShouldBe(20);
        all.Distinct().Count().ShouldBe(25);
        if (sort.Length == 0)
        {
            all.ShouldBe(expected);
        }

        second.QuerySelector("[data-testid=next-page]").ShouldBeNull();
        second.QuerySelector("[data-testid=first-page]").ShouldNotBeNull();
        second.QuerySelector("[data-testid=total]")!.TextContent.ShouldContain("25");
    }

    [Fact]
    public async Task The_count_tells_how_many_orders_match()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        for (var i = 0; i < 3; i++)
        {
            await _orders.PublishedAsync(hanil, VacancyArrangement.Terms($"Korea {i}"));
        }

        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Japan") with { CountryCode = "JP", Program = RecruitmentProgram.JapanTechnicalIntern });

        (await SearchAsync("?culture=en")).QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("Vacancies found: 4");
        (await SearchAsync("?culture=en&country=KR")).QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("Vacancies found: 3");
    }

    [Theory]
    [InlineData(JobOrderStatus.Draft)]
    [InlineData(JobOrderStatus.PendingApproval)]
    [InlineData(JobOrderStatus.Rejected)]
    [InlineData(JobOrderStatus.Paused)]
    [InlineData(JobOrderStatus.Closed)]
    public async Task An_order_that_is_not_published_is_neither_listed_nor_opened(JobOrderStatus status)
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var hidden = await _orders.OrderAsync(hanil, VacancyArrangement.Terms("Hidden order"), status);
        await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Public order"));
        var client = Fixture.CreateClient();

        Titles(await client.GetPageAsync("/Vacancies")).ShouldBe(["Public order"]);
        Titles(await client.GetPageAsync("/Vacancies?q=hidden")).ShouldBeEmpty();
        await client.GetPageAsync($"/Vacancies/View/{hidden}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Everyone_finds_the_vacancies_in_the_header_and_on_the_home_page()
    {
        var home = await Fixture.CreateClient().GetPageAsync("/");

        home.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ShouldContain("/Vacancies");
        home.QuerySelector("[data-testid=vacancies-cta]")!.GetAttribute("href").ShouldBe("/Vacancies");
    }

    [Fact]
    public async Task A_visitor_reading_the_vacancies_can_sign_in_from_the_header_and_a_signed_in_citizen_is_not_offered_it()
    {
        var search = await Fixture.CreateClient().GetPageAsync("/Vacancies");
        search.QuerySelector("header nav [data-testid=nav-sign-in]")!.GetAttribute("href").ShouldBe("/Account/Login");

        var citizen = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        (await citizen.GetPageAsync("/Vacancies")).QuerySelector("[data-testid=nav-sign-in]").ShouldBeNull();
    }
}
