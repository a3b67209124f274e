using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Audit;

/// <summary>The administrators' audit log (issue 9): who looked at whose record, when and from where; filters, pages, CSV.</summary>
public sealed class AuditLogPageTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);

    private static List<string> Column(IHtmlDocument page, string testId) =>
        [.. page.QuerySelectorAll($"[data-testid=log-row] [data-testid={testId}]").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task The_administrator_sees_who_looked_at_whose_record_when_and_from_where()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await (await Fixture.SignedInClientAsync(officer)).FromSocket("203.0.113.7").GetPageAsync($"/Agency/Profiles/Review/{profile.Id}");
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var page = await admin.GetPageAsync("/Admin/Audit");

        var row = page.QuerySelector("[data-testid=log-row]")!;
        row.QuerySelector("[data-testid=who]")!.TextContent.ShouldBe(await NameOfAsync(officer.Id));
        row.TextContent.ShouldContain("Samarqand");
        row.QuerySelector("[data-testid=whose]")!.TextContent.ShouldBe("Karimov Jasur");
        row.QuerySelector("[data-testid=action]")!.TextContent.ShouldBe(Fixture.Text("Audit.Action.ViewProfile"));
        row.QuerySelector("[data-testid=address]")!.TextContent.ShouldBe("203.0.113.7");
        page.DocumentElement.OuterHtml.ShouldNotContain(profile.Pinfl);
    }

    [Fact]
    public async Task The_log_is_in_the_administrators_navigation()
    {
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var nav = (await admin.GetPageAsync("/Admin")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();

        nav.ShouldContain("/Admin/Audit");
    }

    [Fact]
    public async Task The_log_filters_by_staff_member_citizen_name_action_and_date()
    {
        var karimov = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var yusupova = await _profiles.SubmittedInTashkentCityAsync(lastName: "Yusupova");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var day = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(5));
        await AuditArrangement.AddManyAsync(Fixture,
        [
            (officer.Id, karimov.Citizen.Id, PersonalDataAudit.ViewProfile, day, null, null),
            (officer.Id, yusupova.Citizen.Id, PersonalDataAudit.ViewProfileQueue, day.AddDays(1), "Submitted", null),
            (supervisor.Id, yusupova.Citizen.Id, PersonalDataAudit.DownloadDocument, day.AddDays(2), "PassportScan", null),
        ]);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var bySupervisor = await admin.GetPageAsync($"/Admin/Audit?staff={Uri.EscapeDataString(await NameOfAsync(supervisor.Id))}");
        var byCitizen = await admin.GetPageAsync("/Admin/Audit?name=yusup");
        var byAction = await admin.GetPageAsync($"/Admin/Audit?action={PersonalDataAudit.ViewProfile}");
        var byDay = await admin.GetPageAsync("/Admin/Audit?from=2026-11-21&to=2026-11-21");
        var nothing = await admin.GetPageAsync("/Admin/Audit?name=Nobody");

        Column(bySupervisor, "action").ShouldBe([Fixture.Text("Audit.Action.DownloadDocument")]);
        Column(bySupervisor, "subject").ShouldBe([Fixture.Text("DocumentKind.PassportScan")]);
        Column(byCitizen, "whose").ShouldBe(["Yusupova Dilnoza", "Yusupova Dilnoza"]);
        Column(byAction, "whose").ShouldBe(["Karimov Jasur"]);
        Column(byDay, "action").ShouldBe([Fixture.Text("Audit.Action.ViewProfileQueue")]);
        nothing.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Audit.EmptyFiltered"));
    }

    [Fact]
    public async Task A_posted_pinfl_finds_the_citizens_rows_and_never_appears_in_a_link()
    {
        var karimov = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var aliyev = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var now = DateTimeOffset.UtcNow;
        await AuditArrangement.AddManyAsync(Fixture,
        [
            (officer.Id, karimov.Citizen.Id, PersonalDataAudit.ViewProfile, now.AddMinutes(-2), null, null),
            (officer.Id, aliyev.Citizen.Id, PersonalDataAudit.ViewProfile, now.AddMinutes(-1), null, null),
        ]);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        using var found = await admin.SubmitAsync("/Admin/Audit", new Dictionary<string, string?> { ["Input.Pinfl"] = karimov.Pinfl }, "[data-testid=pinfl-form]");

        found.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = found.Headers.Location!.OriginalString;
        location.ShouldNotContain(karimov.Pinfl);
        location.ShouldContain($"citizen={karimov.Citizen.Id}");
        var page = await admin.GetPageAsync(location);
        Column(page, "whose").ShouldBe(["Karimov Jasur"]);
        page.QuerySelector("[data-testid=citizen-filter]")!.TextContent.ShouldContain("Karimov Jasur");
        page.DocumentElement.OuterHtml.ShouldNotContain(karimov.Pinfl);
        page.QuerySelector("[data-testid=export]")!.GetAttribute("href")!.ShouldNotContain(karimov.Pinfl);
    }

    [Fact]
    public async Task An_unknown_or_malformed_pinfl_is_told_in_the_users_language()
    {
        await _profiles.SubmittedInSamarkandAsync();
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var unknown = await admin.SubmitAndReadAsync("/Admin/Audit", new Dictionary<string, string?> { ["Input.Pinfl"] = ProfileArrangement.PinflFor(new DateOnly(1970, 1, 2), Domain.Workers.Sex.Female, 9999) }, formSelector: "[data-testid=pinfl-form]");
        var malformed = await admin.SubmitAndReadAsync("/Admin/Audit", new Dictionary<string, string?> { ["Input.Pinfl"] = "12345" }, formSelector: "[data-testid=pinfl-form]");

        unknown.SummaryErrors().ShouldBe([Fixture.Text("Audit.PinflNotFound")]);
        malformed.SummaryErrors().ShouldBe([Fixture.FieldMessage("Validation.PinflFormat", "Pinfl")]);
    }

    [Fact]
    public async Task Older_pages_continue_where_the_newer_one_ended_without_repeats()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        await AuditArrangement.AddManyAsync(Fixture, Enumerable.Range(0, AuditLogQuery.DefaultPageSize + 5)
            .Select(i => (officer.Id, profile.Citizen.Id, PersonalDataAudit.DownloadDocument, start.AddSeconds(i / 2), (string?)$"Photo", (string?)$"10.0.0.{i}")));
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var first = await admin.GetPageAsync("/Admin/Audit");
        var older = await admin.GetPageAsync(first.QuerySelector("[data-testid=older]")!.GetAttribute("href")!);

        var newest = Column(first, "address");
        newest.Count.ShouldBe(AuditLogQuery.DefaultPageSize);
        newest[0].ShouldBe($"10.0.0.{AuditLogQuery.DefaultPageSize + 4}");
        Column(older, "address").Count.ShouldBe(5);
        Column(older, "address").Intersect(newest).ShouldBeEmpty();
        older.QuerySelector("[data-testid=older]").ShouldBeNull();
    }

    [Theory]
    [InlineData("/Admin/Audit?from=2026-13-45")]
    [InlineData("/Admin/Audit?after=not-a-cursor")]
    [InlineData("/Admin/Audit?action=DropTables")]
    [InlineData("/Admin/Audit?from=2026-11-20&to=2026-11-01")]
    [InlineData("/Admin/Audit?citizen=someone")]
    [InlineData("/Admin/Audit?handler=Csv&action=DropTables")]
    public async Task A_malformed_filter_gets_a_message_and_no_rows_never_an_error_page(string url)
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        await AuditArrangement.AddAsync(Fixture, Guid.CreateVersion7(), profile.Citizen.Id, PersonalDataAudit.ViewProfile, DateTimeOffset.UtcNow);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var page = await admin.GetPageAsync(url);

        page.SummaryErrors().ShouldNotBeEmpty();
        page.SummaryErrors().ShouldAllBe(e => !string.IsNullOrWhiteSpace(e) && !e.Contains("is not valid for", StringComparison.Ordinal));
        page.QuerySelectorAll("[data-testid=log-row]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_export_streams_the_filtered_rows_as_csv_that_excel_opens_and_cannot_run()
    {
        var karimov = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var other = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await Fixture.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == officer.Id);
            user.FullName = "=HYPERLINK(\"http://evil.example\"), Шухрат";
            await db.SaveChangesAsync();
        });
        var now = DateTimeOffset.UtcNow;
        await AuditArrangement.AddManyAsync(Fixture, Enumerable.Range(0, AuditLogQuery.ExportPageSize + 1)
            .Select(i => (officer.Id, karimov.Citizen.Id, PersonalDataAudit.ViewProfile, now.AddSeconds(-i), (string?)null, (string?)"203.0.113.7"))
            .Append((officer.Id, other.Citizen.Id, PersonalDataAudit.DownloadDocument, now, "Photo", null)));
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var link = (await admin.GetPageAsync($"/Admin/Audit?action={PersonalDataAudit.ViewProfile}&culture=ru")).QuerySelector("[data-testid=export]")!.GetAttribute("href")!;

        using var response = await admin.Http.GetAsync(new Uri(link, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(AuditLogQuery.ExportPageSize + 2, "a header and every filtered row, past the first batch");
        lines[0].ShouldStartWith("Когда,Кто,");
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\"), Шухрат\"");
        lines[1].ShouldContain(",Karimov Jasur,");
        lines[1].ShouldEndWith(",203.0.113.7");
        lines.ShouldNotContain(l => l.Contains("Aliyev", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.Supervisor)]
    [InlineData(UserKind.EmployerAdmin)]
    [InlineData(UserKind.EmployerStaff)]
    [InlineData(UserKind.Citizen)]
    public async Task Anyone_but_an_administrator_is_refused_the_log_and_its_export(UserKind kind)
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        await AuditArrangement.AddAsync(Fixture, Guid.CreateVersion7(), profile.Citizen.Id, PersonalDataAudit.ViewProfile, DateTimeOffset.UtcNow);
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization, kind is UserKind.Officer ? ProfileArrangement.SamarkandUnit : null));

        foreach (var url in new[] { "/Admin/Audit", "/Admin/Audit?handler=Csv" })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        using var posted = await client.PostAsync("/Admin/Audit", new Dictionary<string, string> { ["Input.Pinfl"] = profile.Pinfl });
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_log_says_so_when_nothing_has_been_recorded()
    {
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var page = await admin.GetPageAsync("/Admin/Audit");

        page.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Audit.Empty"));
        page.QuerySelector("[data-testid=export]").ShouldBeNull();
    }

    private Task<string> NameOfAsync(Guid userId) => Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync());
}
