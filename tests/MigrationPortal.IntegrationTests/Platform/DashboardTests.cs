using AngleSharp.Html.Dom;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
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

    private async Task<IHtmlDocument> DashboardAsync(TestUser user) =>
        await (await Fixture.SignedInClientAsync(user)).GetPageAsync("/Agency?culture=en");

    private static string Count(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
