using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>The screening queue's filters: order, country, the citizen's branch, and a language at or above a level.</summary>
public sealed class ScreeningQueueTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const int Topik2 = 8;
    private const int Topik3 = 9;
    private const int Topik4 = 10;
    private const int CefrB2 = 4;

    [Fact]
    public async Task Each_filter_narrows_the_queue_to_the_applications_it_names()
    {
        var (korea, _) = await ArrangeTwoOrdersAsync();
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit));

        (await NamesAsync(supervisor, "")).ShouldBe(["Alimov", "Botirov", "Valiyeva"], ignoreOrder: true);
        (await NamesAsync(supervisor, $"?order={korea}")).ShouldBe(["Alimov", "Botirov"], ignoreOrder: true);
        (await NamesAsync(supervisor, "?country=RU")).ShouldBe(["Valiyeva"]);
        (await NamesAsync(supervisor, $"?unit={ProfileArrangement.TashkentCityUnit}")).ShouldBe(["Valiyeva"]);
        (await NamesAsync(supervisor, "?language=ko")).ShouldBe(["Alimov", "Botirov"], ignoreOrder: true);
        (await NamesAsync(supervisor, $"?language=ko&level={Topik3}")).ShouldBe(["Alimov"], "TOPIK 4 is at or above TOPIK 3; TOPIK 2 is not");
        (await NamesAsync(supervisor, $"?language=ru&level={CefrB2}")).ShouldBe(["Valiyeva"]);
        (await NamesAsync(supervisor, $"?language=ko&level={Topik4}&unit={ProfileArrangement.TashkentCityUnit}")).ShouldBeEmpty();

        var filtered = await supervisor.GetPageAsync($"/Agency/Applications?order={korea}&language=ko&level={Topik3}");
        filtered.QuerySelector("[data-testid=order-filter]")!.TextContent.ShouldContain("Payvandchi");
        filtered.QuerySelector("#language option[selected]")!.GetAttribute("value").ShouldBe("ko");
        filtered.QuerySelector("#level option[selected]")!.GetAttribute("value").ShouldBe(Topik3.ToString(System.Globalization.CultureInfo.InvariantCulture));
        filtered.QuerySelector("[data-testid=filters] input[name=order]")!.GetAttribute("value").ShouldBe(korea.ToString());
    }

    [Fact]
    public async Task A_branch_officer_is_not_offered_other_branches_and_sees_only_its_residents()
    {
        await ArrangeTwoOrdersAsync();
        var samarkand = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));

        var page = await samarkand.GetPageAsync("/Agency/Applications");

        page.QuerySelector("#unit").ShouldBeNull();
        Names(page).ShouldBe(["Alimov", "Botirov"], ignoreOrder: true);
        (await NamesAsync(samarkand, $"?unit={ProfileArrangement.TashkentCityUnit}")).ShouldBeEmpty("a branch never reaches another branch's residents by naming it");
    }

    [Fact]
    public async Task The_next_page_keeps_the_filters()
    {
        var (korea, russia, officer) = await OrdersAsync();
        for (var i = 0; i < 21; i++)
        {
            await ApplyAsync(officer, korea, ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, $"Koreyschi{i:D2}", ("ko", Topik3));
        }

        await ApplyAsync(officer, russia, ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, "Ruschi", ("ru", CefrB2));
        var client = await Fixture.SignedInClientAsync(officer);

        var first = await client.GetPageAsync($"/Agency/Applications?language=ko&level={Topik2}");
        first.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("21");
        Names(first).Count.ShouldBe(20);
        var next = first.QuerySelector("[data-testid=next]")!.GetAttribute("href")!;
        next.ShouldContain("language=ko");
        var second = await client.GetPageAsync(next);

        Names(second).ShouldHaveSingleItem().ShouldStartWith("Koreyschi");
        Names(first).Concat(Names(second)).Distinct().Count().ShouldBe(21);
    }

    /// <summary>A welder's order in Korea and a fitter's in Russia, and the Samarkand officer who verifies the applicants.</summary>
    private async Task<(Guid Korea, Guid Russia, TestUser Officer)> OrdersAsync()
    {
        var orders = new VacancyArrangement(Fixture);
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var korea = await orders.PublishedAsync(employer, VacancyArrangement.Terms("Payvandchi"));
        var russia = await orders.PublishedAsync(employer, VacancyArrangement.Terms("Montajchi") with { CountryCode = "RU", City = "Kazan", Program = RecruitmentProgram.RussiaOrganized });
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        return (korea, russia, officer);
    }

    /// <summary>Alimov (TOPIK 4) and Botirov (TOPIK 2) of Samarkand apply to Korea; Valiyeva (B2 Russian) of Tashkent to Russia.</summary>
    private async Task<(Guid Korea, Guid Russia)> ArrangeTwoOrdersAsync()
    {
        var (korea, russia, officer) = await OrdersAsync();
        await ApplyAsync(officer, korea, ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, "Alimov", ("ko", Topik4));
        await ApplyAsync(officer, korea, ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, "Botirov", ("ko", Topik2));
        await ApplyAsync(officer, russia, ProfileArrangement.TashkentCityUnit, ProfileArrangement.TashkentCityRegion, "Valiyeva", ("ru", CefrB2));
        return (korea, russia);
    }

    private async Task ApplyAsync(TestUser officer, Guid order, Guid unit, int region, string lastName, (string, int) language)
    {
        var profiles = new ProfileArrangement(Fixture);
        var arranged = await profiles.SubmittedAsync(unit, region, null, null, "7212", lastName, language: language);
        await profiles.VerifyAsync(arranged, officer.Id);
        await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order));
    }

    private static async Task<List<string>> NamesAsync(PortalClient client, string query) =>
        Names(await client.GetPageAsync("/Agency/Applications" + query));

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=queue] li strong").Select(s => s.TextContent.Split(' ')[0])];
}
