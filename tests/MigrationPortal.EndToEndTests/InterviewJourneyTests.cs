using System.Globalization;
using System.Text.RegularExpressions;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 11's employer reads a shortlisted candidate's card (professions by name, languages, photo), invites them to an
/// interview with a date, a time and a place; the citizen signs in and finds it on the timeline and among the notices.
/// </summary>
public sealed class InterviewJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task An_employer_invites_a_shortlisted_candidate_and_the_citizen_sees_the_invitation(string viewport)
    {
        var employerId = await Fixture.CreateEmployerAsync($"Hanjin Marine {UniqueSuffix()}");
        var employerUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerId, employerUser.Id, officer.Id, "Qolip duradgori");
        var profiles = new ProfileArrangement(Fixture);
        var arranged = await profiles.SubmittedInSamarkandAsync(lastName: "Nazarov");
        await profiles.VerifyAsync(arranged, officer.Id);
        var application = await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "TOPIK 3, sakkiz yillik tajriba."));
        var day = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var employer = await Journey.StartAsync(Fixture, "Interview (employer)", Viewport.Named(viewport));
        var page = employer.Page;
        await SignInAsync(employer, employerUser, "/Employer", "employer-signed-in");
        await employer.GotoAsync("/Employer/Candidates", "all-candidates");
        await employer.ClickAndArriveAsync(page.Locator("[data-testid=candidate-row] a").First, new Regex($"/Employer/Candidates/{order}"), "candidate-card");
        await Expect(page.Locator("[data-testid=candidate-professions]")).ToContainTextAsync("(7115)");
        await Expect(page.Locator("[data-testid=candidate-photo]")).ToBeVisibleAsync();
        (await page.Locator("[data-testid=candidate-photo]").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(done => { img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); })")).ShouldBe(48, "the photo should be drawn, not its alternative text");
        await employer.ClickAndArriveAsync(page.Locator("[data-testid=invite-candidate]"), new Regex($"/Employer/Candidates/Interview/{application}"), "interview-form");
        await page.Locator("#Input_InterviewDate").FillAsync(day);
        await page.Locator("#Input_InterviewTime").FillAsync("10:30");
        await page.Locator("#Input_InterviewLink").FillAsync("http://meet.example.com/nazarov");
        await employer.ClickAndArriveAsync(page.Locator("#interview-form button[type=submit]"), new Regex($"/Employer/Candidates/Interview/{application}"), "interview-refused");
        await Expect(page.Locator("#interview-form")).ToContainTextAsync(Fixture.Text("Validation.InterviewLinkHttps", Fixture.Text("Field.InterviewLink")));
        await page.Locator("#Input_InterviewLink").FillAsync("");
        await page.Locator("#Input_InterviewPlace").FillAsync("Samarqand filiali, 3-xona");
        await employer.ClickAndArriveAsync(page.Locator("#interview-form button[type=submit]"), new Regex($"/Employer/Candidates/{order}$"), "invited");
        await Expect(page.Locator("[data-testid=candidate-status]")).ToHaveTextAsync(Fixture.Text("ApplicationStatus.Interview"));

        await using var citizen = await Journey.StartAsync(Fixture, "Interview (citizen)", Viewport.Named(viewport));
        var phone = citizen.Page;
        await SignInAsync(citizen, arranged.Citizen, "/Citizen", "citizen-signed-in");
        await citizen.GotoAsync("/Citizen/Applications", "applications");
        await Expect(phone.Locator("[data-testid=interview-place]")).ToHaveTextAsync("Samarqand filiali, 3-xona");
        await Expect(phone.Locator("[data-testid=interview-when]")).ToContainTextAsync("10:30");
        await phone.Locator($"#app-{application} details summary").ClickAsync();
        await Expect(phone.Locator("[data-testid=timeline-interview]")).ToContainTextAsync("Samarqand filiali, 3-xona");
        await Expect(phone.Locator("[data-testid=timeline-note]").First).ToContainTextAsync(Fixture.Text("Timeline.Note.Agency"));
        await citizen.CheckAsync("timeline-open");
        await citizen.GotoAsync("/Notifications", "notices");
        await Expect(phone.Locator("[data-testid=notices]")).ToContainTextAsync("Samarqand filiali, 3-xona");
    }
}
