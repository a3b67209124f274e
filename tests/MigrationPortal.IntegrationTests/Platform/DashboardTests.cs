using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Dashboards;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;
using MigrationPortal.IntegrationTests.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>Each audience's home page tells the user's real state and what waits for them (issue 11).</summary>
public sealed class DashboardTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);
    private readonly VacancyArrangement _orders = new(fixture);

    [Fact]
    public async Task An_officer_sees_what_waits_in_their_own_unit_and_not_another_units()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var order = await _orders.PublishedAsync(employer, VacancyArrangement.Terms("Welder"));
        await _orders.OrderAsync(employer, VacancyArrangement.Terms("Painter"), JobOrderStatus.PendingApproval);
        var samarkand = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var tashkent = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.TashkentCityUnit);
        await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        await _profiles.SubmittedInSamarkandAsync(lastName: "Rahimov");
        var applicant = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        await _profiles.VerifyAsync(applicant, samarkand.Id);
        await Fixture.SendAsync(applicant.Citizen, new ApplyToJobOrderCommand(order));
        await _profiles.SubmittedInTashkentCityAsync();

        var inSamarkand = await DashboardAsync(samarkand);
        var inTashkent = await DashboardAsync(tashkent);

        Count(inSamarkand, "profiles-waiting").ShouldBe("2");
        Count(inSamarkand, "applications-submitted").ShouldBe("1");
        Count(inTashkent, "profiles-waiting").ShouldBe("1");
        Count(inTashkent, "applications-submitted").ShouldBe("0");
        inSamarkand.QuerySelector("[data-testid=orders-waiting]").ShouldBeNull("a branch officer approves no job orders");
        inSamarkand.QuerySelector("[data-testid=queues]")!.TextContent.ShouldNotContain("soon");
    }

    [Fact]
    public async Task A_supervisor_and_a_representative_office_officer_see_the_job_orders_waiting_for_their_approval()
    {
        var korean = await Fixture.CreateEmployerAsync("Hanil Test");
        var russian = await Fixture.CreateEmployerAsync("Volga Test", "RU");
        await _orders.OrderAsync(korean, VacancyArrangement.Terms("Painter"), JobOrderStatus.PendingApproval);
        await _orders.OrderAsync(russian, VacancyArrangement.Terms("Driver") with { CountryCode = "RU" }, JobOrderStatus.PendingApproval);
        await _profiles.SubmittedInSamarkandAsync();

        var supervisor = await DashboardAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));
        var koreaOffice = await DashboardAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: JobOrderArrangement.KoreaOffice));

        Count(supervisor, "orders-waiting").ShouldBe("2");
        Count(supervisor, "profiles-waiting").ShouldBe("1");
        Count(koreaOffice, "orders-waiting").ShouldBe("1");
    }

    [Fact]
    public async Task A_verified_citizen_with_applications_sees_them_and_the_notices_and_is_not_told_to_fill_in_the_profile()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var welder = await _orders.PublishedAsync(employer, VacancyArrangement.Terms("Welder"));
        var painter = await _orders.PublishedAsync(employer, VacancyArrangement.Terms("Painter"));
        var profile = await _profiles.SubmittedInSamarkandAsync();
        await _profiles.VerifyAsync(profile, officer.Id);
        await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(welder));
        var shortlisted = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(painter));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([shortlisted], ApplicationStatus.Screening, null));

        var page = await (await Fixture.SignedInClientAsync(profile.Citizen)).GetPageAsync("/Citizen?culture=en");

        page.QuerySelector("[data-testid=next-step]")!.GetAttribute("data-step").ShouldBe(nameof(CitizenNextStep.FindVacancies));
        page.QuerySelector("[data-testid=next-step]")!.TextContent.ShouldNotContain("Fill in your profile");
        page.Body!.TextContent.ShouldNotContain("soon");
        page.QuerySelector("[data-testid=dashboard-status]")!.TextContent.ShouldBe("Verified");
        page.QuerySelector("[data-testid=dashboard-missing]").ShouldBeNull();
        page.QuerySelector("[data-testid=application-count]")!.TextContent.ShouldBe("Applications in all: 2");
        var notices = page.QuerySelectorAll("[data-testid=latest-notices] li").Select(li => li.TextContent).ToList();
        notices.Count.ShouldBeInRange(2, Web.Areas.Citizen.Pages.IndexModel.NoticeCount, "one notice per application at least, the newest few only");
        string.Concat(notices).ShouldContain("Painter");
    }

    [Fact]
    public async Task A_new_citizen_is_told_exactly_what_the_profile_still_lacks_with_a_link_to_each()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);

        var page = await (await Fixture.SignedInClientAsync(citizen)).GetPageAsync("/Citizen");

        page.QuerySelector("[data-testid=next-step]")!.GetAttribute("data-step").ShouldBe(nameof(CitizenNextStep.FillProfile));
        var missing = page.QuerySelectorAll("[data-testid=dashboard-missing] a").ToList();
        missing.Select(a => a.TextContent).ShouldBe(Enum.GetValues<ProfileRequirement>().Select(r => Fixture.Text($"ProfileRequirement.{r}")).ToList(), ignoreOrder: true);
        missing.ShouldAllBe(a => !string.IsNullOrEmpty(a.GetAttribute("href")));
        page.QuerySelector("[data-testid=no-applications]").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_employer_sees_its_own_orders_by_status_and_the_candidates_waiting_for_its_decision_and_never_another_employers()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var hanil = await Fixture.CreateEmployerAsync("Hanil Test");
        var volga = await Fixture.CreateEmployerAsync("Volga Test", "RU");
        var hanilUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, hanil);
        var welder = await _orders.PublishedAsync(hanil, VacancyArrangement.Terms("Welder") with { OccupationCode = "7115" });
        await _orders.OrderAsync(hanil, VacancyArrangement.Terms("Forklift driver"), JobOrderStatus.Draft);
        await _orders.OrderAsync(hanil, VacancyArrangement.Terms("General labourer"), JobOrderStatus.Rejected);
        await _orders.OrderAsync(hanil, VacancyArrangement.Terms("Painter"), JobOrderStatus.PendingApproval);
        await _orders.OrderAsync(hanil, VacancyArrangement.Terms("Old closed order"), JobOrderStatus.Closed);
        var concrete = await _orders.PublishedAsync(volga, VacancyArrangement.Terms("Concrete worker") with { CountryCode = "RU", OccupationCode = "7115" });
        await _orders.OrderAsync(volga, VacancyArrangement.Terms("Volga draft") with { CountryCode = "RU" }, JobOrderStatus.Draft);
        var interviewed = await ShortlistedAsync(welder, "Karimov", officer);
        await ShortlistedAsync(welder, "Aliyev", officer);
        await ShortlistedAsync(concrete, "Rahimov", officer);
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        await Fixture.SendAsync(hanilUser, new InviteToInterviewCommand
        {
            ApplicationId = interviewed,
            Version = await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == interviewed).Select(a => a.Version).SingleAsync()),
            InterviewDate = nextWeek,
            InterviewTime = new TimeOnly(10, 30),
            InterviewPlace = "Samarqand filiali",
        });

        var client = await Fixture.SignedInClientAsync(hanilUser);
        var page = await client.GetPageAsync("/Employer?culture=en");

        page.QuerySelector("[data-testid=next-step]")!.GetAttribute("data-step").ShouldBe(nameof(EmployerNextStep.DecideOnCandidates));
        Count(page, "awaiting-count").ShouldBe("2");
        var awaiting = page.QuerySelectorAll("[data-testid=awaiting-candidate]").Select(li => li.TextContent).ToList();
        awaiting.Count.ShouldBe(2);
        awaiting[0].ShouldContain("Karimov", Case.Sensitive, "an interview comes first");
        awaiting[0].ShouldContain(new DateTimeOffset(nextWeek.ToDateTime(new TimeOnly(10, 30)), TimeSpan.FromHours(5)).ToString("g", CultureInfo.GetCultureInfo("en")));
        awaiting[1].ShouldContain("Aliyev");
        var main = page.QuerySelector("main")!.TextContent;
        main.ShouldNotContain("Rahimov");
        main.ShouldNotContain("Concrete worker");
        main.ShouldNotContain("Volga draft");
        main.ShouldNotContain("Old closed order");
        page.QuerySelector("[data-testid=orders-Draft]")!.TextContent.ShouldContain("Forklift driver");
        page.QuerySelector("[data-testid=orders-PendingApproval]")!.TextContent.ShouldContain("Painter");
        page.QuerySelector("[data-testid=orders-Rejected] [data-testid=rejection-reason]")!.TextContent.ShouldBe("The agency's reason: Ish haqi ko‘rsatilmagan.");
        page.QuerySelector("[data-testid=orders-Published] [data-testid=order-candidates]")!.TextContent.ShouldBe("Candidates: 2, waiting for your decision: 2");
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        links.ShouldContain($"/Employer/Candidates/Interview/{await ApplicationOfAsync("Aliyev")}");
        foreach (var link in links)
        {
            await client.GetPageAsync(link);
        }
    }

    [Fact]
    public async Task A_new_employer_is_told_to_create_its_first_order()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var user = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);

        var page = await (await Fixture.SignedInClientAsync(user)).GetPageAsync("/Employer?culture=en");

        page.QuerySelector("[data-testid=next-step]")!.GetAttribute("data-step").ShouldBe(nameof(EmployerNextStep.CreateOrder));
        page.QuerySelector("[data-testid=create-order]")!.GetAttribute("href").ShouldBe("/Employer/JobOrders/Edit");
        page.QuerySelector("[data-testid=none-awaiting]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=no-open-orders]").ShouldNotBeNull();
        page.QuerySelectorAll("nav.nav-row a").Select(a => a.GetAttribute("href")).ShouldContain("/Employer/Candidates", "the menu leads to all the employer's candidates");
    }

    private async Task<Guid> ShortlistedAsync(Guid order, string lastName, TestUser officer)
    {
        var profile = await _profiles.SubmittedInSamarkandAsync(lastName: lastName);
        await _profiles.VerifyAsync(profile, officer.Id);
        var application = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "Good match"));
        return application;
    }

    private Task<Guid> ApplicationOfAsync(string lastName) =>
        Fixture.WithDbAsync(db => db.JobApplications.Where(a => db.WorkerProfiles.Any(p => p.Id == a.CitizenId && p.LastName == lastName)).Select(a => a.Id).SingleAsync());

    private async Task<IHtmlDocument> DashboardAsync(TestUser user) =>
        await (await Fixture.SignedInClientAsync(user)).GetPageAsync("/Agency?culture=en");

    private static string Count(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
