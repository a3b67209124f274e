using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Audit;

/// <summary>"Who looked at my data": the citizen's own audit rows, by unit or employer, and nobody else's.</summary>
public sealed class MyDataViewsPageTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Path = "/Citizen/Profile/Views";

    private readonly ProfileArrangement _profiles = new(fixture);

    private static List<string> Texts(IHtmlDocument page, string testId) =>
        [.. page.QuerySelectorAll($"[data-testid=view] [data-testid={testId}]").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task The_citizen_sees_which_unit_and_which_employer_looked_and_never_an_officers_name()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        await _profiles.VerifyAsync(profile, Guid.CreateVersion7());
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var employer = await Fixture.CreateEmployerAsync("Daesung Test");
        var employerUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employer, employerUser.Id, officer.Id, "Formwork carpenter");
        var application = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "Good match"));
        await (await Fixture.SignedInClientAsync(employerUser)).FromSocket("198.51.100.20").GetPageAsync($"/Employer/Candidates/{order}");
        var citizen = await Fixture.SignedInClientAsync(profile.Citizen);

        var page = await citizen.GetPageAsync(Path);

        var who = Texts(page, "who");
        who[0].ShouldBe("Daesung Test");
        who.Skip(1).ShouldAllBe(w => w.Contains("Samarqand", StringComparison.Ordinal));
        Texts(page, "what")[0].ShouldBe($"{Fixture.Text("Audit.Action.ViewCandidates")}: Formwork carpenter");
        Texts(page, "what").ShouldContain($"{Fixture.Text("Audit.Action.MoveApplication")}: {Fixture.Text("ApplicationStatus.Shortlisted")}");
        var officerName = await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.FullName).SingleAsync());
        page.DocumentElement.OuterHtml.ShouldNotContain(officerName);
        page.DocumentElement.OuterHtml.ShouldNotContain("198.51.100", Case.Sensitive, "addresses are for the administrators");
    }

    [Fact]
    public async Task The_profile_page_links_to_it()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var citizen = await Fixture.SignedInClientAsync(profile.Citizen);

        var link = (await citizen.GetPageAsync("/Citizen/Profile")).QuerySelector("[data-testid=views-link]")!;

        link.GetAttribute("href").ShouldBe(Path);
        link.TextContent.ShouldBe(Fixture.Text("Views.Link"));
    }

    [Fact]
    public async Task Citizen_B_sees_none_of_citizen_As_views_on_the_page_or_through_the_database()
    {
        var a = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var b = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await AuditArrangement.AddAsync(Fixture, officer.Id, a.Citizen.Id, PersonalDataAudit.ViewProfile, DateTimeOffset.UtcNow);
        var clientB = await Fixture.SignedInClientAsync(b.Citizen);
        var clientA = await Fixture.SignedInClientAsync(a.Citizen);

        var pageB = await clientB.GetPageAsync(Path);
        var pageA = await clientA.GetPageAsync(Path);
        var seenByB = await Fixture.WithDbAsAsync(b.Citizen, db => db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM personal_data_accesses").SingleAsync());

        pageB.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Views.Empty"));
        pageB.QuerySelectorAll("[data-testid=view]").ShouldBeEmpty();
        seenByB.ShouldBe(0, "row-level security keeps the trail of A from B even without the query's own condition");
        Texts(pageA, "what").ShouldBe([Fixture.Text("Audit.Action.ViewProfile")]);
    }

    [Fact]
    public async Task Older_views_come_on_the_next_page_and_a_broken_link_is_told_not_crashed()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await AuditArrangement.AddManyAsync(Fixture, Enumerable.Range(0, MyDataViewsHandler.PageSize + 5)
            .Select(i => (officer.Id, profile.Citizen.Id, PersonalDataAudit.ViewProfileQueue, start.AddMinutes(i), (string?)"Submitted", (string?)null)));
        var citizen = await Fixture.SignedInClientAsync(profile.Citizen);

        var first = await citizen.GetPageAsync(Path);
        var older = await citizen.GetPageAsync(first.QuerySelector("[data-testid=older]")!.GetAttribute("href")!);
        var broken = await citizen.GetPageAsync($"{Path}?after=garbage");

        first.QuerySelectorAll("[data-testid=view]").Length.ShouldBe(MyDataViewsHandler.PageSize);
        older.QuerySelectorAll("[data-testid=view]").Length.ShouldBe(5);
        older.QuerySelector("[data-testid=older]").ShouldBeNull();
        broken.SummaryErrors().ShouldBe([Fixture.Text("Validation.Audit.Cursor", Fixture.Text("Field.After"))]);
    }

    [Fact]
    public async Task A_cursor_from_another_citizens_page_still_shows_only_ones_own_rows()
    {
        var a = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var b = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var now = DateTimeOffset.UtcNow;
        await AuditArrangement.AddManyAsync(Fixture,
        [
            (officer.Id, a.Citizen.Id, PersonalDataAudit.ViewProfile, now.AddMinutes(-10), null, null),
            (officer.Id, b.Citizen.Id, PersonalDataAudit.DownloadDocument, now.AddMinutes(-5), "Photo", null),
        ]);
        var cursor = AuditCursor.Format(now, long.MaxValue);

        var page = await (await Fixture.SignedInClientAsync(b.Citizen)).GetPageAsync($"{Path}?after={cursor}");

        Texts(page, "what").ShouldBe([$"{Fixture.Text("Audit.Action.DownloadDocument")}: {Fixture.Text("DocumentKind.Photo")}"]);
    }

    [Theory]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.EmployerAdmin)]
    [InlineData(UserKind.Administrator)]
    public async Task Staff_and_employers_are_refused_the_citizens_page(UserKind kind)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization, kind is UserKind.Officer ? ProfileArrangement.SamarkandUnit : null));

        using var response = await client.Http.GetAsync(new Uri(Path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
