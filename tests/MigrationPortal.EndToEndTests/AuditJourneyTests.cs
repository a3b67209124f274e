using System.Text.RegularExpressions;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 9's audit: after an officer and an employer looked at a citizen's data, the administrator reads who looked
/// and narrows the log to one action, and the citizen reads which branch and which employer looked, on a phone and on
/// a desktop.
/// </summary>
public sealed class AuditJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task The_administrator_reads_the_log_and_the_citizen_sees_who_looked(string viewport)
    {
        var employerId = await Fixture.CreateEmployerAsync($"Hanjin Marine {UniqueSuffix()}");
        var employer = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerId, employer.Id, officer.Id, "Qolip duradgori (Formwork carpenter)");
        var profiles = new ProfileArrangement(Fixture);
        var karimov = await profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        await Fixture.SendAsync(officer, new OpenProfileForReviewQuery(karimov.Id));
        await Fixture.SendAsync(officer, new DownloadDocumentForReviewQuery(karimov.PassportScanId));
        await profiles.VerifyAsync(karimov, officer.Id);
        var application = await Fixture.SendAsync(karimov.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "TOPIK 3, sakkiz yillik tajriba."));
        await Fixture.SendAsync(employer, new ListCandidatesQuery(order));
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);

        await using var journey = await Journey.StartAsync(Fixture, "Audit", Viewport.Named(viewport));
        var page = journey.Page;
        await SignInAsync(journey, admin, "/Admin", "admin-signed-in");
        await journey.GotoAsync("/Admin/Audit", "audit-log");
        await Expect(page.Locator("[data-testid=log-row]")).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=log-row] [data-testid=whose]").First).ToHaveTextAsync("Karimov Jasur");
        await page.Locator("details.queue-filters summary").ClickAsync();
        await page.Locator("#action").SelectOptionAsync(PersonalDataAudit.DownloadDocument);
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=filters] button[type=submit]"), new Regex("action=DownloadDocument"), "audit-filtered");
        await Expect(page.Locator("[data-testid=log-row]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=subject]")).ToHaveTextAsync(Fixture.Text("DocumentKind.PassportScan"));
        await SignOutAsync(journey, "admin-signed-out");

        await journey.GotoAsync("/Account/Login", "citizen-sign-in");
        await SignInAsync(journey, karimov.Citizen, "/Citizen", "citizen-signed-in");
        await journey.GotoAsync("/Citizen/Profile", "citizen-profile");
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=views-link]"), At("/Citizen/Profile/Views"), "who-looked");
        await Expect(page.Locator("[data-testid=view]")).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=view] [data-testid=who]").First).ToHaveTextAsync(new Regex("^Hanjin Marine"));
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Officer");
    }
}
