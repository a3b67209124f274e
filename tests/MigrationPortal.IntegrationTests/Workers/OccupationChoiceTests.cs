using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>
/// The occupation choice of the citizen's professions, the employer's job order and the officer's profile queue
/// (issue 11): without JavaScript a
/// native list grouped by ISCO-08 major group, names in the user's language, sorted by name; the search box hidden
/// until its script, loaded only where a filtered list is, shows it.
/// </summary>
public sealed class OccupationChoiceTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Theory]
    [InlineData("uz-Latn")]
    [InlineData("uz-Cyrl")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task The_citizen_picks_from_every_occupation_once_under_its_major_group_in_their_language(string culture)
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));

        var page = await client.GetPageAsync($"/Citizen/Profile/Professions?culture={culture}");

        await ShouldBeGroupedAndSortedAsync(page, CultureInfo.GetCultureInfo(culture));
    }

    [Fact]
    public async Task The_employer_picks_the_orders_occupation_from_the_same_grouped_list_with_the_saved_one_selected()
    {
        var employer = await Fixture.CreateEmployerAsync("Hyundai Heavy Industries");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        var id = await JobOrders.JobOrderArrangement.CreateAsync(client, JobOrders.JobOrderArrangement.Form());

        var page = await client.GetPageAsync($"/Employer/JobOrders/Edit/{id}?culture=ru");

        await ShouldBeGroupedAndSortedAsync(page, CultureInfo.GetCultureInfo("ru"));
        var selected = ((IHtmlSelectElement)page.QuerySelector("#Input_OccupationCode")!).SelectedOptions.Single();
        selected.Value.ShouldBe("7212");
        selected.Text.ShouldBe("Сварщики и газорезчики (7212)");
    }

    [Fact]
    public async Task Each_occupation_carries_its_code_and_its_names_in_the_other_languages_for_the_search_box()
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));

        var page = await client.GetPageAsync("/Citizen/Profile/Professions?culture=uz-Latn");

        var welder = page.QuerySelector("#Input_OccupationCode option[value='7212']")!;
        welder.TextContent.ShouldBe("Payvandchilar va gaz bilan kesuvchilar (7212)");
        var keywords = welder.GetAttribute("data-keywords")!;
        keywords.ShouldContain("7212");
        keywords.ShouldContain("Пайвандчилар");
        keywords.ShouldContain("Сварщики");
        keywords.ShouldContain("Welders");
        var box = page.QuerySelector("[data-choice-filter=Input_OccupationCode]")!;
        box.HasAttribute("hidden").ShouldBeTrue("without JavaScript the search box must not show");
        var search = box.QuerySelector("input[type=search]")!;
        search.GetAttribute("aria-controls").ShouldBe("Input_OccupationCode");
        page.GetElementById(search.GetAttribute("aria-describedby")!).ShouldNotBeNull().GetAttribute("aria-live").ShouldBe("polite");
        page.QuerySelector($"label[for={search.Id}]")!.TextContent.ShouldBe(Fixture.Text("Choice.Filter", Fixture.Text("Field.OccupationCode")));
        box.GetAttribute("data-count").ShouldBe(Fixture.Text("Choice.Count", "{0}", "{1}"));
        var script = page.QuerySelector("head script[src*='choice-filter']")!;
        script.HasAttribute("defer").ShouldBeTrue();
        script.GetAttribute("src").ShouldNotBe("/js/choice-filter.js", "the script is served at its fingerprinted address");
    }

    [Fact]
    public async Task The_officers_profile_queue_filters_by_a_profession_from_the_same_grouped_searchable_list()
    {
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));

        var page = await officer.GetPageAsync("/Agency/Profiles?profession=7212&culture=en");

        await ShouldBeGroupedAndSortedAsync(page, CultureInfo.GetCultureInfo("en"), "profession");
        var select = (IHtmlSelectElement)page.GetElementById("profession")!;
        select.Options[0]!.Value.ShouldBe("", "the first choice is every profession");
        select.SelectedOptions.Single().Text.ShouldBe("Welders and flamecutters (7212)");
        page.QuerySelector("label[for=profession-filter]")!.TextContent.ShouldBe("Profession: search by name or code");
    }

    [Fact]
    public async Task A_page_without_a_filtered_list_loads_no_script()
    {
        var page = await Fixture.CreateClient().GetPageAsync("/Vacancies");

        page.QuerySelectorAll("script").ShouldBeEmpty();
    }

    private async Task ShouldBeGroupedAndSortedAsync(IHtmlDocument page, CultureInfo culture, string selectId = "Input_OccupationCode")
    {
        var occupations = await Fixture.WithDbAsync(db => db.Occupations.AsNoTracking().ToListAsync());
        var majors = occupations.Where(o => o.MajorGroupCode is null).ToDictionary(o => o.Code, o => o.NameIn(culture));
        var units = occupations.Where(o => o.MajorGroupCode is not null).ToList();
        var select = page.GetElementById(selectId)!;
        page.QuerySelector($"[data-choice-filter={selectId}]").ShouldNotBeNull("the list has its search box");
        var groups = select.QuerySelectorAll("optgroup").ToList();

        groups.Select(g => g.GetAttribute("label")).ShouldBe(
            units.Select(o => o.MajorGroupCode!).Distinct().Order(StringComparer.Ordinal).Select(code => majors[code]));
        select.QuerySelectorAll("optgroup option").Select(o => o.GetAttribute("value")).ShouldBe(
            units.Select(o => o.Code), ignoreOrder: true);
        var byName = StringComparer.Create(culture, ignoreCase: true);
        foreach (var group in groups)
        {
            var names = group.QuerySelectorAll("option").Select(o => o.TextContent).ToList();
            names.ShouldBe([.. names.Order(byName)], $"the group {group.GetAttribute("label")} is sorted by name");
            var major = majors.Single(m => m.Value == group.GetAttribute("label")).Key;
            group.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).ShouldAllBe(code => units.Single(u => u.Code == code).MajorGroupCode == major);
        }

        select.QuerySelector("option[value='7212']")!.TextContent.ShouldBe($"{units.Single(o => o.Code == "7212").NameIn(culture)} (7212)");
    }
}
