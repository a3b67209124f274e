using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 4's journey: an employer posts an order; a supervisor approves it; a citizen on a phone finds it by search and
/// applies; an officer shortlists; the employer selects and records the contract; the citizen sees "contract signed".
/// </summary>
public sealed class JobOrderJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public async Task An_order_goes_from_posting_to_a_signed_contract_through_every_role()
    {
        var run = UniqueSuffix();
        var title = $"Kema payvandchisi {run}";
        var employerId = await Fixture.CreateEmployerAsync($"Hanjin Marine {run}");
        var employerUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerId);
        var supervisorUser = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var officerUser = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        var arranged = await profiles.SubmittedInSamarkandAsync(lastName: "Nazarov");
        await profiles.VerifyAsync(arranged, officerUser.Id);

        await using var employer = await Journey.StartAsync(Fixture, "Job order (employer)", Viewport.Named(Viewport.DesktopName));
        await using var agency = await Journey.StartAsync(Fixture, "Job order (agency)", Viewport.Named(Viewport.DesktopName));
        await using var citizen = await Journey.StartAsync(Fixture, "Job order (citizen)", Viewport.Named(Viewport.PhoneName));

        // The employer posts the order and sends it for approval.
        var page = employer.Page;
        await SignInAsync(employer, employerUser, "/Employer", "employer-signed-in");
        await employer.GotoAsync("/Employer/JobOrders/Edit", "order-form");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_OccupationCode").SelectOptionAsync(new SelectOptionValue { Value = "7212" });
        await page.Locator("#Input_CountryCode").SelectOptionAsync(new SelectOptionValue { Value = "KR" });
        await page.Locator("#Input_City").FillAsync("Geoje");
        await page.Locator("#Input_Positions").FillAsync("3");
        await page.Locator("#Input_WageAmount").FillAsync("2700000");
        await page.Locator("#Input_CurrencyCode").SelectOptionAsync(new SelectOptionValue { Value = "KRW" });
        await page.Locator("#Input_WagePeriod").SelectOptionAsync(new SelectOptionValue { Value = "Month" });
        await page.Locator("#Input_HoursPerWeek").FillAsync("40");
        await page.Locator("#Input_ContractMonths").FillAsync("36");
        await page.Locator("#Input_ProbationMonths").FillAsync("3");
        await page.Locator("#Input_HousingProvided").CheckAsync();
        await page.Locator("#Input_LanguageCode").SelectOptionAsync(new SelectOptionValue { Value = "ko" });
        await page.Locator("#Input_MinimumLanguageLevelId").SelectOptionAsync(new SelectOptionValue { Value = "8" });
        await page.Locator("#Input_ApplicationDeadline").FillAsync(DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_Program").SelectOptionAsync(new SelectOptionValue { Value = "EpsKorea" });
        await employer.ClickAndArriveAsync(SubmitButton(page), new System.Text.RegularExpressions.Regex("/Employer/JobOrders/View/"), "order-saved");
        var orderUrl = page.Url;
        await employer.ClickAndArriveAsync(page.Locator("#submit-form button"), new System.Text.RegularExpressions.Regex("/Employer/JobOrders/View/"), "order-submitted");

        // The supervisor approves it.
        await SignInAsync(agency, supervisorUser, "/Agency", "supervisor-signed-in");
        await agency.GotoAsync("/Agency/JobOrders", "approval-queue");
        await agency.ClickAndArriveAsync(agency.Page.Locator("a.order-title", new() { HasText = title }), new System.Text.RegularExpressions.Regex("/Agency/JobOrders/Review/"), "order-review");
        await agency.ClickAndArriveAsync(agency.Page.Locator("#approve-form button"), At("/Agency/JobOrders"), "order-approved");

        // The citizen finds it by a word of the occupation in Uzbek and applies.
        var phone = citizen.Page;
        await SignInAsync(citizen, arranged.Citizen, "/Citizen", "citizen-signed-in");
        await citizen.GotoAsync($"/Vacancies?q={Uri.EscapeDataString(run)}", "search");
        await Expect(phone.Locator("[data-testid=vacancy]")).ToHaveCountAsync(1);
        await citizen.ClickAndArriveAsync(phone.Locator("[data-testid=vacancy-title]"), new System.Text.RegularExpressions.Regex("/Vacancies/View/"), "vacancy");
        await citizen.ClickAndArriveAsync(phone.Locator("[data-testid=apply]"), new System.Text.RegularExpressions.Regex("/Citizen/Apply/"), "apply");
        await citizen.ClickAndArriveAsync(SubmitButton(phone), At("/Citizen/Applications"), "applied");
        await Expect(phone.Locator("[data-testid=application-status]")).ToHaveTextAsync(Fixture.Text("ApplicationStatus.Submitted"));

        // The Samarkand officer screens and shortlists.
        await SignOutAsync(agency, "supervisor-signed-out");
        await SignInAsync(agency, officerUser, "/Agency", "officer-signed-in");
        await agency.GotoAsync("/Agency/Applications", "screening-queue");
        await agency.Page.Locator("[data-testid=queue] input[type=checkbox]").CheckAsync();
        await agency.Page.Locator("#target").SelectOptionAsync(new SelectOptionValue { Value = "Screening" });
        await agency.ClickAndArriveAsync(SubmitButton(agency.Page), At("/Agency/Applications"), "screened");
        await agency.Page.Locator("[data-testid=queue] input[type=checkbox]").CheckAsync();
        await agency.Page.Locator("#target").SelectOptionAsync(new SelectOptionValue { Value = "Shortlisted" });
        await agency.Page.Locator("#note").FillAsync("TOPIK 3, sakkiz yillik tajriba.");
        await agency.ClickAndArriveAsync(SubmitButton(agency.Page), At("/Agency/Applications"), "shortlisted");

        // The employer selects the candidate and records the contract.
        await employer.GotoAsync(new Uri(orderUrl).PathAndQuery, "order-published");
        await employer.ClickAndArriveAsync(page.Locator("[data-testid=candidates-link]"), new System.Text.RegularExpressions.Regex("/Employer/Candidates/"), "candidates");
        await Expect(page.Locator("[data-testid=candidate]")).ToContainTextAsync("TOPIK 3, sakkiz yillik tajriba.");
        await employer.ClickAndArriveAsync(page.Locator("[data-testid=select-candidate]"), new System.Text.RegularExpressions.Regex("/Employer/Candidates/Select/"), "confirm-select");
        await employer.ClickAndArriveAsync(page.Locator("form.select-form button"), new System.Text.RegularExpressions.Regex("/Employer/Candidates/"), "selected");
        await page.Locator("#Input_MonthlyWage").FillAsync("2700000");
        await page.Locator("#Input_HoursPerWeek").FillAsync("40");
        await page.Locator("#Input_ContractMonths").FillAsync("36");
        await page.Locator("#Input_StartDate").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await employer.ClickAndArriveAsync(page.Locator("form.contract-form button[type=submit]"), new System.Text.RegularExpressions.Regex("/Employer/Candidates/"), "contract");
        await Expect(page.Locator("[data-testid=candidate-status]")).ToHaveTextAsync(Fixture.Text("ApplicationStatus.ContractSigned"));

        await citizen.GotoAsync("/Citizen/Applications", "citizen-sees-contract");
        await Expect(phone.Locator("[data-testid=application-status]")).ToHaveTextAsync(Fixture.Text("ApplicationStatus.ContractSigned"));
        (await Fixture.WithDbAsync(db => db.JobApplications.CountAsync())).ShouldBe(1);
    }
}
