using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 11, citizens on phones: a visitor searches the vacancies and sees the results first, the filters folded
/// behind their count with each active one a chip that takes it away; on a desktop the panel stands open beside the
/// results. The vacancy page then reads in Russian, each term's label clear of its value.
/// </summary>
public sealed class VacancySearchJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task A_visitor_searches_and_sees_the_results_first_then_takes_a_filter_away(string viewport)
    {
        var employerId = await Fixture.CreateEmployerAsync($"Hanil Construction {UniqueSuffix()}");
        var employer = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.SamarkandUnit);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerId, employer.Id, supervisor.Id, "Qolip duradgori (Formwork carpenter)");
        await using var journey = await Journey.StartAsync(Fixture, nameof(A_visitor_searches_and_sees_the_results_first_then_takes_a_filter_away), Viewport.Named(viewport));
        var page = journey.Page;
        var filters = page.Locator("[data-testid=filters]");
        var country = page.Locator("#country");
        var phone = journey.Viewport.IsMobile;

        await journey.GotoAsync("/Vacancies", "search");
        if (phone)
        {
            await Expect(country).ToBeHiddenAsync();
            await page.Locator("[data-testid=filters-toggle]").ClickAsync();
        }

        await country.SelectOptionAsync("JP");
        await page.Locator("#program").SelectOptionAsync("EpsKorea");
        await journey.ClickAndArriveAsync(filters.Locator("button[type=submit]"), At("/Vacancies"), "searched");

        // Nothing in Japan under EPS: the answer comes first, the filters folded on a phone, open on a desktop.
        await Expect(page.Locator("[data-testid=empty]")).ToBeVisibleAsync();
        await Expect(filters).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("[data-testid=filters-toggle]")).ToContainTextAsync("(2)");
        if (phone)
        {
            await Expect(country).ToBeHiddenAsync();
            (await BoxOf(page.Locator("[data-testid=empty]"))).Y.ShouldBeLessThan(journey.Viewport.Height, "the answer should be on the first screen");
        }
        else
        {
            await Expect(country).ToBeVisibleAsync();
            await ExpectBesideAsync(filters, page.Locator("[data-testid=chips]"));
        }

        var chips = page.Locator("[data-testid=chip]");
        await Expect(chips).ToHaveCountAsync(2);
        await journey.ClickAndArriveAsync(chips.First, At("/Vacancies"), "country-removed");

        await Expect(page.Locator("[data-testid=vacancy-title]")).ToHaveTextAsync(["Qolip duradgori (Formwork carpenter)"]);
        await Expect(chips).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=filters-toggle]")).ToContainTextAsync("(1)");
        await Expect(country).ToHaveValueAsync("");

        await journey.ClickAndArriveAsync(page.Locator("[data-testid=vacancy-title]"), At($"/Vacancies/View/{order}"), "vacancy");
        await journey.GotoAsync($"/Vacancies/View/{order}?culture=ru", "vacancy-russian");
        var probation = page.Locator("[data-testid=terms] dt", new() { HasText = "Испытательный срок" });
        var value = probation.Locator("xpath=following-sibling::dd[1]");
        await Expect(value).ToContainTextAsync("3");
        if (phone)
        {
            await ExpectAboveAsync(probation, value);
        }
        else
        {
            await ExpectBesideAsync(probation, value);
        }
    }

    private static async Task<LocatorBoundingBoxResult> BoxOf(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not shown");

    private static async Task ExpectAboveAsync(ILocator upper, ILocator lower)
    {
        var (top, bottom) = (await BoxOf(upper), await BoxOf(lower));
        (top.Y + top.Height).ShouldBeLessThanOrEqualTo(bottom.Y + 0.5f, $"{upper} should end above {lower}");
    }

    private static async Task ExpectBesideAsync(ILocator left, ILocator right)
    {
        var (first, second) = (await BoxOf(left), await BoxOf(right));
        (first.X + first.Width).ShouldBeLessThanOrEqualTo(second.X + 0.5f, $"{left} should end left of {right}");
    }
}
