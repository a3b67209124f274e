using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 11, citizens on phones: the 84 occupations are found by typing, in Cyrillic on a Latin page or with a plain
/// apostrophe for o‘ and g‘, and the one picked is what the profile saves; an officer narrows the profile queue the
/// same way.
/// </summary>
public sealed class OccupationChoiceJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public async Task A_citizen_on_a_phone_types_to_find_an_occupation_picks_it_and_sees_it_saved()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        await using var journey = await Journey.StartAsync(Fixture, nameof(A_citizen_on_a_phone_types_to_find_an_occupation_picks_it_and_sees_it_saved), Viewport.Phone);
        var page = journey.Page;
        var search = page.Locator("#Input_OccupationCode-filter");
        var count = page.Locator("#Input_OccupationCode-filter-count");
        var occupation = page.Locator("#Input_OccupationCode");
        var choices = occupation.Locator("optgroup option");

        // The form that adds a profession; once there is one, each entry has its own Remove form before it.
        var add = page.Locator("main form.add-entry button[type=submit]");

        await SignInAsync(journey, citizen, "/Citizen", "signed-in");
        await journey.GotoAsync("/Citizen/Profile/Professions", "professions");
        await Expect(search).ToBeVisibleAsync();
        await Expect(choices).ToHaveCountAsync(84);

        await search.PressSequentiallyAsync("монтаж");
        await Expect(choices).ToHaveCountAsync(4);
        await Expect(count).ToHaveTextAsync(Fixture.Text("Choice.Count", 4, 84));
        await journey.CheckAsync("filtered-in-cyrillic");

        // Enter ends the search and moves on to the list; the half-filled form is not sent.
        await search.PressAsync("Enter");
        await Expect(occupation).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=empty]")).ToBeVisibleAsync();

        await occupation.SelectOptionAsync(new SelectOptionValue { Label = "Metall konstruksiyalarni tayyorlovchilar va montajchilar (7214)" });
        await page.Locator("#Input_YearsOfExperience").FillAsync("6");
        await journey.ClickAndArriveAsync(add, At("/Citizen/Profile/Professions"), "steel-erector-saved");
        await Expect(page.Locator("[data-testid=entries] li")).ToContainTextAsync(["7214 — Metall konstruksiyalarni tayyorlovchilar va montajchilar"]);

        await search.FillAsync("zzqx");
        await Expect(choices).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync(Fixture.Text("Choice.None"));

        // A plain apostrophe (or none) finds "yog‘och"; the only match is chosen at once.
        await search.FillAsync("YOG'OCH");
        await Expect(choices).ToHaveCountAsync(1);
        await Expect(occupation).ToHaveValueAsync("7115");
        await page.Locator("#Input_YearsOfExperience").FillAsync("3");
        await journey.ClickAndArriveAsync(add, At("/Citizen/Profile/Professions"), "carpenter-saved");
        await Expect(page.Locator("[data-testid=entries] li")).ToContainTextAsync([
            "7214 — Metall konstruksiyalarni tayyorlovchilar va montajchilar",
            "7115 — Duradgorlar va yog‘och ustalari",
        ]);
    }

    [Fact]
    public async Task An_officer_on_a_desktop_types_a_profession_into_the_queue_filter_and_sees_only_those_profiles()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        await profiles.SubmittedInSamarkandAsync(occupation: "7115", lastName: "Karimov");
        await profiles.SubmittedInSamarkandAsync(occupation: "5120", lastName: "Oshpazov");
        await using var journey = await Journey.StartAsync(Fixture, nameof(An_officer_on_a_desktop_types_a_profession_into_the_queue_filter_and_sees_only_those_profiles), Viewport.Desktop);
        var page = journey.Page;

        await SignInAsync(journey, officer, "/Agency", "signed-in");
        await journey.GotoAsync("/Agency/Profiles", "queue");
        await Expect(page.Locator("[data-testid=queue-row]")).ToHaveCountAsync(2);
        await page.Locator("details.queue-filters summary").ClickAsync();
        await page.Locator("#profession-filter").PressSequentiallyAsync("duradgor");
        await Expect(page.Locator("#profession")).ToHaveValueAsync("7115");
        await journey.CheckAsync("profession-found");
        await journey.ClickAndArriveAsync(page.Locator("details.queue-filters button[type=submit]"), new System.Text.RegularExpressions.Regex("profession=7115"), "filtered");
        await Expect(page.Locator("[data-testid=queue-row]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=queue-row]")).ToContainTextAsync("Karimov");
    }
}
