using System.Globalization;
using System.Net;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>A vacancy's public page: every condition, the employer, and what the state pays (issue 4).</summary>
public sealed class VacancyPageTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly VacancyArrangement _orders = new(fixture);

    [Fact]
    public async Task The_page_shows_every_term_the_employers_profile_and_the_state_covered_costs()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        await Fixture.WithDbAsync(async db =>
        {
            var employer = await db.Employers.FindAsync(hanil);
            employer!.UpdatePublicProfile("Builds apartment blocks around Seoul since 1998.", "Ansan", "Construction", "https://hanil.example");
            await db.SaveChangesAsync();
        });
        var id = await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Bricklayer in Ansan") with
        {
            Positions = 6,
            HoursPerWeek = 44,
            ContractMonths = 34,
            ProbationMonths = 2,
            OvertimeTerms = "Paid at 150%",
            HousingProvided = true,
            HousingCostPerMonth = 150m,
            MealsProvided = true,
            MedicalInsurance = true,
            LanguageCode = "ko",
            MinimumLanguageLevelId = 9,
            MinimumExperienceYears = 2,
            MinimumAge = 18,
            MaximumAge = 39,
        });

        var page = await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{id}?culture=en");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Bricklayer in Ansan");
        var terms = page.QuerySelector("[data-testid=terms]")!.TextContent;
        page.QuerySelector("[data-testid=wage]")!.TextContent.ShouldContain("2,000 USD a month");
        terms.ShouldContain("44 hours");
        terms.ShouldContain("34 months");
        terms.ShouldContain("2 months");
        terms.ShouldContain("Paid at 150%");
        terms.ShouldContain("6 in all, 6 open");
        page.QuerySelector("[data-testid=program]")!.TextContent.ShouldBe("Republic of Korea: Employment Permit System (EPS)");
        page.QuerySelector("[data-testid=housing]")!.TextContent.ShouldBe("Yes, 150 USD a month taken from the wage");
        page.QuerySelector("[data-testid=language]")!.TextContent.ShouldBe("Korean, at least TOPIK 3");
        var requirements = page.QuerySelector("[data-testid=requirements]")!.TextContent;
        requirements.ShouldContain("At least 2 years");
        requirements.ShouldContain("From 18 to 39 years old");
        var employer = page.QuerySelector("[data-testid=employer]")!;
        employer.TextContent.ShouldContain("Builds apartment blocks around Seoul since 1998.");
        employer.TextContent.ShouldContain("Construction");
        employer.QuerySelector("a[href='https://hanil.example/']").ShouldNotBeNull();
        var costs = page.QuerySelector("[data-testid=costs]")!.TextContent;
        costs.ShouldContain("EPS-TOPIK");
        costs.ShouldContain("the air ticket to the place of work");
        costs.ShouldContain("the work visa");
        costs.ShouldContain("the foreign-language exam");
        page.QuerySelector("[data-testid=no-other-fee]")!.TextContent.ShouldBe("No other fee may be charged to you for this vacancy. If anyone asks you for money, tell the agency.");
    }

    [Fact]
    public async Task The_page_speaks_uzbek_by_default()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var id = await _orders.PublishedAsync(hanil, VacancyArrangement.Terms());

        var page = await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{id}");

        page.QuerySelector("[data-testid=no-other-fee]")!.TextContent.ShouldBe(Fixture.Text("Vacancy.Costs.NoOtherFee"));
        page.QuerySelector("[data-testid=program]")!.TextContent.ShouldBe(Fixture.Text("Vacancy.Program.EpsKorea"));
        page.DocumentElement.TextContent.ShouldContain("Koreya Respublikasi, Ansan");
    }

    [Fact]
    public async Task Employer_photos_are_public_only_while_the_employer_has_a_published_vacancy()
    {
        var hanil = await Fixture.CreateEmployerAsync("Hanil Construction");
        var quiet = await Fixture.CreateEmployerAsync("Quiet Draft Co");
        var id = await _orders.PublishedAsync(hanil, VacancyArrangement.Terms());
        await _orders.OrderAsync(quiet, VacancyArrangement.Terms(), JobOrderStatus.PendingApproval);
        var shown = await _orders.PhotoAsync(hanil, PhotoSubject.Housing, Png);
        var hidden = await _orders.PhotoAsync(quiet, PhotoSubject.Workplace, Png);
        var client = Fixture.CreateClient();

        var page = await client.GetPageAsync($"/Vacancies/View/{id}");
        page.QuerySelector($"img[src='/Vacancies/Photo/{shown}']").ShouldNotBeNull();

        using var photo = await client.Http.GetAsync(new Uri($"/Vacancies/Photo/{shown}", UriKind.Relative));
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        photo.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(Png);

        using var refused = await client.Http.GetAsync(new Uri($"/Vacancies/Photo/{hidden}", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_vacancy_is_not_found()
    {
        await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{Guid.CreateVersion7()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_citizen_who_applied_sees_when_and_the_status_with_a_link_to_the_application_instead_of_apply()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var applied = await _orders.PublishedAsync(employer, VacancyArrangement.Terms("Welder"));
        var profiles = new ProfileArrangement(Fixture);
        var profile = await profiles.SubmittedInSamarkandAsync();
        await profiles.VerifyAsync(profile, (await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit)).Id);
        var application = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(applied));
        var citizen = await Fixture.SignedInClientAsync(profile.Citizen);

        var page = await citizen.GetPageAsync($"/Vacancies/View/{applied}?culture=en");

        page.QuerySelector("[data-testid=apply]").ShouldBeNull();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5)).ToString("d", CultureInfo.GetCultureInfo("en"));
        page.QuerySelector("[data-testid=applied]")!.TextContent.ShouldContain($"You applied for this vacancy on {today}, status: Submitted.");
        page.QuerySelector("[data-testid=my-application]")!.GetAttribute("href").ShouldBe($"/Citizen/Applications#app-{application}");
    }

    [Fact]
    public async Task A_citizen_who_has_not_applied_and_a_visitor_are_offered_apply_and_an_employer_is_not()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var id = await _orders.PublishedAsync(employer, VacancyArrangement.Terms("Welder"));
        var citizen = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        var employerAdmin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));

        var asCitizen = await citizen.GetPageAsync($"/Vacancies/View/{id}");
        var asVisitor = await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{id}");
        var asEmployer = await employerAdmin.GetPageAsync($"/Vacancies/View/{id}");

        asCitizen.QuerySelector("[data-testid=apply]")!.GetAttribute("href").ShouldBe($"/Citizen/Apply/{id}");
        asCitizen.QuerySelector("[data-testid=applied]").ShouldBeNull();
        asVisitor.QuerySelector("[data-testid=apply]").ShouldNotBeNull();
        asEmployer.QuerySelector("[data-testid=apply]").ShouldBeNull();
    }
}
