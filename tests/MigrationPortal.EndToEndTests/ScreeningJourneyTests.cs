using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 11's officer screens with the facts and shortlists: a Samarkand officer reads each row's facts against the
/// order (TOPIK 2 and two years as a carpenter), narrows the queue to those who meet it all and shortlists them
/// together; a field crop grower with no years as a carpenter is refused without a reason and accepted with one, which
/// the supervisor then reads on the queue and on the order's pipeline.
/// </summary>
public sealed class ScreeningJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    private const string OverrideReason = "Ish beruvchi dehqonchilik tajribasi bor nomzodni ham suhbatga chaqirishni so‘radi.";

    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task An_officer_screens_with_the_facts_shortlists_and_overrides_with_a_reason_the_supervisor_sees(string viewport)
    {
        var employerId = await Fixture.CreateEmployerAsync($"Daesung Construction {UniqueSuffix()}");
        var employer = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerId, employer.Id, supervisor.Id, "Qolip duradgori (TOPIK 2)", minimumExperienceYears: 2);
        var profiles = new ProfileArrangement(Fixture);
        async Task<Guid> ApplyAsync(ArrangedProfile arranged)
        {
            await profiles.VerifyAsync(arranged, officer.Id);
            return await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order));
        }

        // Karimov: a carpenter with a TOPIK 3 certificate; Nazarov: a carpenter who declares TOPIK 2 himself;
        // Ergashev: a field crop grower, no carpenter, with TOPIK 2 of his own.
        var karimov = await ApplyAsync(await profiles.SubmittedInSamarkandAsync(lastName: "Karimov"));
        var nazarov = await ApplyAsync(await profiles.SubmittedAsync(ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, null, null, "7115", "Nazarov", language: ("ko", 8)));
        var ergashev = await ApplyAsync(await profiles.SubmittedAsync(ProfileArrangement.SamarkandUnit, ProfileArrangement.SamarkandRegion, null, null, "6111", "Ergashev", language: ("ko", 8)));

        await using var journey = await Journey.StartAsync(Fixture, "Screening (officer)", Viewport.Named(viewport));
        var page = journey.Page;
        ILocator Row(Guid application) => page.Locator($"[data-testid=row]:has(#app-{application})");
        var move = page.Locator("main form[method=post] fieldset button[type=submit]");
        await SignInAsync(journey, officer, "/Agency", "officer-signed-in");
        await journey.ClickAndArriveAsync(page.Locator("nav a[href='/Agency/Applications']"), At("/Agency/Applications"), "queue");

        // The facts of each row against the order: language with certificate or self-declared, profession, a mark each.
        await Expect(page.Locator("[data-testid=row]")).ToHaveCountAsync(3);
        await Expect(Row(karimov).Locator("[data-testid=check-Language]")).ToHaveAttributeAsync("data-met", "true");
        await Expect(Row(karimov).Locator("[data-testid=check-Language]")).ToContainTextAsync($"TOPIK 3 ({Fixture.Text("Screening.Certified")})");
        await Expect(Row(nazarov).Locator("[data-testid=check-Language]")).ToContainTextAsync($"TOPIK 2 ({Fixture.Text("Screening.SelfDeclared")})");
        await Expect(Row(nazarov).Locator("[data-testid=check-Language]")).ToContainTextAsync(Fixture.Text("Screening.Meets"));
        await Expect(Row(ergashev).Locator("[data-testid=check-Language]")).ToHaveAttributeAsync("data-met", "true");
        await Expect(Row(ergashev).Locator("[data-testid=check-Profession]")).ToHaveAttributeAsync("data-met", "false");
        await Expect(Row(ergashev).Locator("[data-testid=check-Profession]")).ToContainTextAsync(Fixture.Text("Screening.DoesNotMeet"));
        await Expect(Row(ergashev)).ToHaveAttributeAsync("data-meets", "false");
        await Expect(Row(karimov).Locator("[data-testid=verdict]")).ToHaveTextAsync("✓ " + Fixture.Text("Screening.MeetsAllShort"));
        await Expect(Row(ergashev).Locator("[data-testid=verdict]")).ToHaveTextAsync("✗ " + Fixture.Text("Screening.UnmetShort", Fixture.Text("Screening.Requirement.Profession")));

        // All three taken into screening together.
        foreach (var application in new[] { karimov, nazarov, ergashev })
        {
            await page.Locator($"#app-{application}").CheckAsync();
        }

        await page.Locator("#target").SelectOptionAsync(nameof(ApplicationStatus.Screening));
        await journey.ClickAndArriveAsync(move, new Regex("status=Screening"), "in-screening");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync(Fixture.Text("Screening.Moved", 3));

        // "Meets all" leaves the two carpenters with Korean; both shortlisted in one move.
        await page.Locator("details.queue-filters summary").ClickAsync();
        await page.Locator("#meets").CheckAsync();
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=filters] button[type=submit]"), new Regex("meets=true"), "meets-all");
        await Expect(page.Locator("[data-testid=row]")).ToHaveCountAsync(2);
        await Expect(Row(ergashev)).ToHaveCountAsync(0);
        await page.Locator($"#app-{karimov}").CheckAsync();
        await page.Locator($"#app-{nazarov}").CheckAsync();
        await page.Locator("#target").SelectOptionAsync(nameof(ApplicationStatus.Shortlisted));
        await page.Locator("#note").FillAsync("Qolip ishida tajribali, koreys tili yetarli.");
        await journey.ClickAndArriveAsync(move, new Regex("status=Shortlisted"), "shortlisted-in-bulk");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync(Fixture.Text("Screening.Moved", 2));
        await Expect(page.Locator("[data-testid=row]")).ToHaveCountAsync(2);

        // The farm worker: refused without a reason, nothing moved; accepted with one.
        await journey.GotoAsync("/Agency/Applications?status=Screening", "screening-left");
        await Expect(page.Locator("[data-testid=row]")).ToHaveCountAsync(1);
        await page.Locator($"#app-{ergashev}").CheckAsync();
        await page.Locator("#target").SelectOptionAsync(nameof(ApplicationStatus.Shortlisted));
        await journey.ClickAndArriveAsync(move, new Regex("status=Screening"), "override-refused");
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync(Fixture.Text("Rule.Application.OverrideReasonRequired", 1));
        await Expect(Row(ergashev)).ToHaveCountAsync(1);
        await page.Locator($"#app-{ergashev}").CheckAsync();
        await page.Locator("#target").SelectOptionAsync(nameof(ApplicationStatus.Shortlisted));
        await page.Locator("#overrideReason").FillAsync(OverrideReason);
        await journey.ClickAndArriveAsync(move, new Regex("status=Shortlisted"), "overridden");
        await Expect(page.Locator("[data-testid=row]")).ToHaveCountAsync(3);
        await Expect(Row(ergashev).Locator("[data-testid=override]")).ToContainTextAsync(OverrideReason);

        // The supervisor finds the override, what it passed over and why, on the queue and on the order's pipeline.
        await using var review = await Journey.StartAsync(Fixture, "Screening (supervisor)", Viewport.Named(viewport));
        var supervisorPage = review.Page;
        await SignInAsync(review, supervisor, "/Agency", "supervisor-signed-in");
        await review.GotoAsync("/Agency/Applications?status=Shortlisted&overridden=true", "overrides");
        await Expect(supervisorPage.Locator("[data-testid=row]")).ToHaveCountAsync(1);
        var shown = supervisorPage.Locator("[data-testid=row] [data-testid=override]");
        await Expect(shown).ToContainTextAsync(Fixture.Text("Screening.Requirement.Profession"));
        await Expect(shown).ToContainTextAsync(OverrideReason);
        await Expect(shown).ToContainTextAsync(await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.FullName).SingleAsync()));
        await review.ClickAndArriveAsync(supervisorPage.Locator("[data-testid=pipeline-link]"), new Regex($"/Agency/JobOrders/Pipeline/{order}"), "pipeline");
        await Expect(supervisorPage.Locator("[data-testid=override]")).ToHaveCountAsync(1);
        await Expect(supervisorPage.Locator($"#app-{ergashev} [data-testid=override]")).ToContainTextAsync(OverrideReason);
    }
}
