using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Organizations;

/// <summary>Suspending an employer and disabling an account take effect at once, everywhere, and are recorded.</summary>
public sealed class AccountAccessTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string?> Credentials(TestUser user) => new()
    {
        ["Input.Login"] = user.Email,
        ["Input.Password"] = user.Password,
    };

    [Fact]
    public async Task A_suspended_employers_users_lose_their_session_at_the_next_request_and_cannot_sign_in()
    {
        var employer = await Fixture.CreateEmployerAsync("Daesung Construction");
        var staff = await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer);
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        var session = await Fixture.SignedInClientAsync(staff);
        await session.GetPageAsync("/Employer");

        await Fixture.SendAsync(admin, new ChangeEmployerStatusCommand(employer, Suspend: true, "Unpaid wages"));

        using var next = await session.Http.GetAsync(new Uri("/Employer", UriKind.Relative));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        var again = await Fixture.CreateClient().SubmitAndReadAsync("/Account/Login", Credentials(staff));
        again.SummaryErrors().ShouldBe([Fixture.Text("Login.Disabled")]);
    }

    [Fact]
    public async Task A_suspended_employers_orders_leave_the_search_and_their_pages_and_none_is_approved()
    {
        var employer = await Fixture.CreateEmployerAsync("Daesung Construction");
        var staff = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);
        var published = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employer, staff.Id, supervisor.Id, "Formwork carpenter");
        var pending = await PendingOrderAsync(employer, staff.Id);
        var visitor = Fixture.CreateClient();
        Titles(await visitor.GetPageAsync("/Vacancies")).ShouldBe(["Formwork carpenter"]);

        await Fixture.SendAsync(admin, new ChangeEmployerStatusCommand(employer, Suspend: true, "Unpaid wages"));

        Titles(await visitor.GetPageAsync("/Vacancies")).ShouldBeEmpty();
        await visitor.GetPageAsync($"/Vacancies/View/{published}", HttpStatusCode.NotFound);
        var version = await Fixture.WithDbAsync(db => db.JobOrders.Where(o => o.Id == pending).Select(o => o.Version).SingleAsync());
        var refused = await Should.ThrowAsync<DomainRuleException>(() => Fixture.SendAsync(supervisor, new ApproveJobOrderCommand(pending, version)));
        refused.MessageKey.ShouldBe("Rule.EmployerSuspended");
        (await Fixture.WithDbAsync(db => db.JobOrders.Where(o => o.Id == pending).Select(o => o.Status).SingleAsync())).ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public async Task An_administrator_disables_an_officer_who_is_signed_out_at_once_and_enables_them_again_each_change_recorded()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var session = await Fixture.SignedInClientAsync(officer);

        using (var disabled = await admin.SubmitAsync($"/Admin/Accounts/Access/{officer.Id}", new Dictionary<string, string?> { ["Input.Change"] = nameof(AccountAccessChange.Disable), ["Input.Reason"] = "Left the agency" }))
        {
            disabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var next = await session.Http.GetAsync(new Uri("/Agency", UriKind.Relative)))
        {
            next.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        }

        (await Fixture.CreateClient().SubmitAndReadAsync("/Account/Login", Credentials(officer))).SummaryErrors().ShouldBe([Fixture.Text("Login.Disabled")]);
        var page = await admin.GetPageAsync($"/Admin/Accounts/Access/{officer.Id}");
        page.QuerySelector("[data-testid=access-state]")!.TextContent.ShouldBe(Fixture.Text("AccountAccess.Disabled"));
        page.QuerySelector("[data-testid=history]")!.TextContent.ShouldContain("Left the agency");

        using (var enabled = await admin.SubmitAsync($"/Admin/Accounts/Access/{officer.Id}", new Dictionary<string, string?> { ["Input.Change"] = nameof(AccountAccessChange.Enable) }))
        {
            enabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var signedIn = await Fixture.CreateClient().SubmitAsync("/Account/Login", Credentials(officer));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changes = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityType == AccountAccessRules.RecordType && c.EntityId == officer.Id).OrderBy(c => c.ChangedAt).Select(c => c.ToStatus).ToListAsync());
        changes.ShouldBe([AccountAccessRules.Disabled, AccountAccessRules.Active]);
    }

    [Fact]
    public async Task An_administrator_lifts_a_lockout_and_it_is_recorded()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        await Fixture.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == officer.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10)));
        });

        await Fixture.SendAsync(admin, new ChangeAccountAccessCommand(officer.Id, AccountAccessChange.Unlock, null));

        (await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.LockoutEnd).SingleAsync())).ShouldBeNull();
        (await Fixture.WithDbAsync(db => db.StatusChanges.SingleAsync(c => c.EntityId == officer.Id))).FromStatus.ShouldBe(AccountAccessRules.Locked);
    }

    [Fact]
    public async Task Disabling_without_a_reason_a_citizen_or_oneself_is_refused_and_changes_nothing()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        var client = await Fixture.SignedInClientAsync(admin);

        var noReason = await client.SubmitAndReadAsync($"/Admin/Accounts/Access/{officer.Id}", new Dictionary<string, string?> { ["Input.Change"] = nameof(AccountAccessChange.Disable) });
        noReason.FieldErrors("Input.Reason").ShouldNotBeEmpty();
        await Should.ThrowAsync<DomainRuleException>(() => Fixture.SendAsync(admin, new ChangeAccountAccessCommand(citizen.Id, AccountAccessChange.Disable, "Because")));
        await Should.ThrowAsync<DomainRuleException>(() => Fixture.SendAsync(admin, new ChangeAccountAccessCommand(admin.Id, AccountAccessChange.Disable, "Because")));

        (await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.LockoutEnd != null))).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.EntityType == AccountAccessRules.RecordType))).ShouldBe(0);
    }

    [Fact]
    public async Task Only_an_administrator_may_open_or_change_an_accounts_access()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit));

        await supervisor.GetPageAsync($"/Admin/Accounts/Access/{officer.Id}", HttpStatusCode.Forbidden);
        using var crafted = await supervisor.PostAsync($"/Admin/Accounts/Access/{officer.Id}", new Dictionary<string, string> { ["Input.Change"] = nameof(AccountAccessChange.Disable), ["Input.Reason"] = "x" }, "/Agency");

        crafted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.LockoutEnd).SingleAsync())).ShouldBeNull();
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=vacancy-title]").Select(a => a.TextContent.Trim())];

    private async Task<Guid> PendingOrderAsync(Guid employer, Guid by)
    {
        var id = Guid.CreateVersion7();
        await Fixture.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var order = new JobOrder(id, new JobOrderTerms
            {
                Title = "Welder",
                CountryCode = "KR",
                City = "Ulsan",
                OccupationCode = "7212",
                Positions = 2,
                Wage = new Money(2_700_000m, "KRW"),
                WagePeriod = WagePeriod.Month,
                HoursPerWeek = 40,
                ContractMonths = 36,
                ProbationMonths = 3,
                ApplicationDeadline = today.AddMonths(1),
                Program = RecruitmentProgram.EpsKorea,
            }, by, now, today) { OrganizationId = employer };
            order.Submit(by, now, today);
            db.JobOrders.Add(order);
            await db.SaveChangesAsync();
        });
        return id;
    }
}
