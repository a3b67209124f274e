using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using Xunit.Abstractions;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>The verification queue as officers and supervisors use it (docs/design/domain.md, Who sees what: an officer sees their own unit).</summary>
public sealed class ProfileQueueTests(PortalFixture fixture, ITestOutputHelper output) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);

    private static IReadOnlyList<string> Names(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=queue-row] a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Officer_sees_the_submitted_profiles_of_their_own_unit_only_and_no_personal_numbers()
    {
        var samarkand = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var tashkent = await _profiles.SubmittedInTashkentCityAsync(lastName: "Yusupova");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);

        var page = await (await Fixture.SignedInClientAsync(officer)).GetPageAsync("/Agency/Profiles");

        Names(page).ShouldBe([samarkand.FullName]);
        page.QuerySelector("[data-testid=count-Submitted]")!.TextContent.ShouldBe("1");
        var html = page.DocumentElement.OuterHtml;
        html.ShouldNotContain(tashkent.FullName);
        html.ShouldNotContain(samarkand.Pinfl);
        html.ShouldNotContain(samarkand.Passport);
        page.QuerySelector("[data-testid=queue-row]")!.TextContent.ShouldContain("Samarqand shahri");
    }

    [Fact]
    public async Task Supervisor_sees_every_units_profiles_and_can_narrow_to_one_unit()
    {
        var samarkand = await _profiles.SubmittedInSamarkandAsync(DateTimeOffset.UtcNow.AddDays(-2));
        var tashkent = await _profiles.SubmittedInTashkentCityAsync(DateTimeOffset.UtcNow.AddDays(-1));
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var client = await Fixture.SignedInClientAsync(supervisor);

        var all = await client.GetPageAsync("/Agency/Profiles");
        var tashkentOnly = await client.GetPageAsync($"/Agency/Profiles?unit={ProfileArrangement.TashkentCityUnit}");

        Names(all).ShouldBe([samarkand.FullName, tashkent.FullName]);
        Names(tashkentOnly).ShouldBe([tashkent.FullName]);
    }

    [Fact]
    public async Task Officer_cannot_widen_the_queue_to_another_unit_through_the_url()
    {
        await _profiles.SubmittedInTashkentCityAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);

        var page = await (await Fixture.SignedInClientAsync(officer)).GetPageAsync($"/Agency/Profiles?unit={ProfileArrangement.TashkentCityUnit}");

        Names(page).ShouldBeEmpty();
        page.QuerySelector("[data-testid=empty]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData(UserKind.Citizen)]
    [InlineData(UserKind.EmployerAdmin)]
    [InlineData(UserKind.EmployerStaff)]
    public async Task Employer_and_citizen_users_are_refused_every_profile_page(UserKind kind)
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization));

        foreach (var url in new[] { "/Agency/Profiles", $"/Agency/Profiles/Review/{profile.Id}", $"/Agency/Profiles/Document/{profile.PassportScanId}", "/Agency/Workload" })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Officer_and_supervisor_find_the_queue_in_the_navigation()
    {
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        var officerNav = (await officer.GetPageAsync("/Agency?culture=en")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        var supervisorNav = (await supervisor.GetPageAsync("/Agency?culture=en")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();

        officerNav.ShouldContain("/Agency/Profiles");
        officerNav.ShouldNotContain("/Agency/Workload");
        supervisorNav.ShouldContain("/Agency/Profiles");
        supervisorNav.ShouldContain("/Agency/Workload");
    }

    [Fact]
    public async Task Queue_filters_by_district_profession_submission_dates_and_status()
    {
        var districts = await _profiles.DistrictsOfAsync(ProfileArrangement.SamarkandRegion);
        var now = DateTimeOffset.UtcNow;
        var cook = await _profiles.SubmittedInSamarkandAsync(now.AddDays(-10), districts[0], "5120", "Oshpazov");
        var carpenter = await _profiles.SubmittedInSamarkandAsync(now.AddDays(-3), districts[1], "7115", "Duradgorov");
        var returned = await _profiles.SubmittedInSamarkandAsync(now.AddDays(-5), districts[0], "7115", "Qaytarilganov");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await _profiles.ReturnAsync(returned, officer.Id, ProfileSection.Passport, "Pasport nusxasi o‘qilmaydi.");
        var client = await Fixture.SignedInClientAsync(officer);
        var fourDaysAgo = now.AddDays(-4).ToOffset(AgencyCalendar.Offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var today = now.ToOffset(AgencyCalendar.Offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Names(await client.GetPageAsync($"/Agency/Profiles?district={districts[0]}")).ShouldBe([cook.FullName]);
        Names(await client.GetPageAsync("/Agency/Profiles?profession=7115")).ShouldBe([carpenter.FullName]);
        Names(await client.GetPageAsync($"/Agency/Profiles?from={fourDaysAgo}&to={today}")).ShouldBe([carpenter.FullName]);
        Names(await client.GetPageAsync($"/Agency/Profiles?to={fourDaysAgo}")).ShouldBe([cook.FullName]);
        var returnedPage = await client.GetPageAsync("/Agency/Profiles?status=Returned&profession=7115");
        Names(returnedPage).ShouldBe([returned.FullName]);
        returnedPage.QuerySelector("[data-testid=count-Submitted]")!.TextContent.ShouldBe("2");
        returnedPage.QuerySelector("[data-testid=count-Returned]")!.TextContent.ShouldBe("1");
        returnedPage.QuerySelector("[data-testid=total]")!.TextContent.ShouldContain("1");
    }

    [Fact]
    public async Task Keyset_pages_follow_one_another_without_a_duplicate_or_a_gap()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var expected = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            expected.Add((await _profiles.SubmittedInSamarkandAsync(start.AddHours(i), lastName: $"Navbatov{i:D2}")).FullName);
        }

        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));

        var first = await client.GetPageAsync("/Agency/Profiles");
        var next = first.QuerySelector("[data-testid=next-page]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        Names(first).ShouldBe(expected.Take(20));
        Names(second).ShouldBe(expected.Skip(20));
        first.QuerySelector("[data-testid=first-page]").ShouldBeNull();
        second.QuerySelector("[data-testid=next-page]").ShouldBeNull();
        second.QuerySelector("[data-testid=first-page]")!.GetAttribute("href").ShouldBe("/Agency/Profiles?status=Submitted");
        second.QuerySelector("[data-testid=total]")!.TextContent.ShouldContain("25");
    }

    [Fact]
    public async Task Profiles_whose_owner_withdrew_consent_leave_the_queue()
    {
        var stays = await _profiles.SubmittedInSamarkandAsync(lastName: "Qoluvchi");
        var withdrawsWhileWaiting = await _profiles.SubmittedInSamarkandAsync(lastName: "Kutuvchi");
        var withdrawsAfterReturn = await _profiles.SubmittedInSamarkandAsync(lastName: "Qaytgan");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await _profiles.ReturnAsync(withdrawsAfterReturn, officer.Id, ProfileSection.Documents, "Fotosurat talabga javob bermaydi.");
        await _profiles.WithdrawConsentAsync(withdrawsWhileWaiting);
        await _profiles.WithdrawConsentAsync(withdrawsAfterReturn);
        var client = await Fixture.SignedInClientAsync(officer);

        var submitted = await client.GetPageAsync("/Agency/Profiles");
        var returned = await client.GetPageAsync("/Agency/Profiles?status=Returned");

        Names(submitted).ShouldBe([stays.FullName]);
        Names(returned).ShouldBeEmpty();
        returned.QuerySelector("[data-testid=count-Returned]")!.TextContent.ShouldBe("0");
    }

    [Fact]
    public async Task Queue_query_keeps_to_the_shape_the_partial_indexes_serve()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var query = new ProfileQueueQuery
        {
            DistrictId = 131,
            SubmittedFrom = new DateOnly(2026, 11, 1),
            SubmittedTo = new DateOnly(2026, 11, 30),
            Profession = "7115",
            After = QueueCursor.Format(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), Guid.CreateVersion7()),
        };

        var (page, count) = await Fixture.WithDbAsAsync(officer, db => Task.FromResult((
            ProfileQueueHandler.PageRows(db, ProfileArrangement.SamarkandUnit, ProfileStatus.Submitted, query).ToQueryString(),
            ProfileQueueHandler.Matching(db, ProfileArrangement.SamarkandUnit, ProfileStatus.Submitted, query).Select(p => p.Id).ToQueryString())));
        output.WriteLine(page);
        output.WriteLine(count);

        page.ShouldContain("w.consent_active");
        page.ShouldContain("w.unit_id = @");
        page.ShouldContain("<@ w.occupation_codes");
        page.ShouldContain("(w.submitted_at, w.id) > (@");
        page.ShouldContain("ORDER BY w.submitted_at, w.id");
        page.ShouldContain("LIMIT @");
        page.ShouldNotContain("pinfl");
        count.ShouldContain("<@ w.occupation_codes");
    }
}
