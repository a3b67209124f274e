using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>Orders past their application deadline leave the vacancies as Expired, and the employer is told.</summary>
public sealed class JobOrderExpiryTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task Published_and_paused_orders_past_the_deadline_expire_and_the_rest_stay()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var admin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var published = await OverdueAsync(employer, "Kechikkan payvandchi", pause: false);
        var paused = await OverdueAsync(employer, "Kechikkan bo‘yoqchi", pause: true);
        var current = await new VacancyArrangement(Fixture).PublishedAsync(employer, VacancyArrangement.Terms("Muddatli duradgor") with { ApplicationDeadline = AgencyCalendar.Today(TimeProvider.System) });
        (await Fixture.CreateClient().GetPageAsync("/Vacancies?q=kechikkan")).QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent).ShouldBe(["Kechikkan payvandchi"]);

        var expired = await Fixture.SendAsync(SystemActor.Instance, new ExpireJobOrdersCommand());

        expired.ShouldBe(2);
        (await StatusAsync(published)).ShouldBe(JobOrderStatus.Expired);
        (await StatusAsync(paused)).ShouldBe(JobOrderStatus.Expired);
        (await StatusAsync(current)).ShouldBe(JobOrderStatus.Published, "an order whose deadline is today still takes applications");
        (await Fixture.CreateClient().GetPageAsync("/Vacancies?q=kechikkan")).QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        var history = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityId == paused).OrderBy(c => c.Id).Select(c => c.ToStatus).ToListAsync());
        history[^1].ShouldBe("Expired");
        var notices = await (await Fixture.SignedInClientAsync(admin)).GetPageAsync("/Notifications");
        notices.QuerySelectorAll("[data-testid=notices] li").Select(li => li.TextContent).ShouldContain(t => t.Contains(Fixture.Text("Notice.Employer.OrderExpired", "Kechikkan payvandchi")));
        (await Fixture.SendAsync(SystemActor.Instance, new ExpireJobOrdersCommand())).ShouldBe(0, "a second run finds nothing left to expire");
    }

    [Fact]
    public async Task Agency_staff_cannot_run_the_expiry()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var order = await OverdueAsync(employer, "Kechikkan payvandchi", pause: false);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);

        await Should.ThrowAsync<AccessDeniedException>(() => Fixture.SendAsync(supervisor, new ExpireJobOrdersCommand()));

        (await StatusAsync(order)).ShouldBe(JobOrderStatus.Published);
    }

    /// <summary>An order approved ten days ago whose deadline was yesterday.</summary>
    private async Task<Guid> OverdueAsync(Guid employer, string title, bool pause)
    {
        var today = AgencyCalendar.Today(TimeProvider.System);
        var at = DateTimeOffset.UtcNow.AddDays(-10);
        var by = Guid.CreateVersion7();
        var order = new JobOrder(Guid.CreateVersion7(), VacancyArrangement.Terms(title) with { ApplicationDeadline = today.AddDays(-1) }, by, at, today.AddDays(-10)) { OrganizationId = employer };
        order.Submit(by, at, today.AddDays(-10));
        order.Approve(null, by, at);
        if (pause)
        {
            order.Pause(by, at.AddDays(1));
        }

        await Fixture.WithDbAsync(async db =>
        {
            await JobOrderSearchIndex.RefreshAsync(db, order, CancellationToken.None);
            db.JobOrders.Add(order);
            await db.SaveChangesAsync();
        });
        return order.Id;
    }

    private Task<JobOrderStatus> StatusAsync(Guid order) =>
        Fixture.WithDbAsync(db => db.JobOrders.Where(o => o.Id == order).Select(o => o.Status).SingleAsync());
}
