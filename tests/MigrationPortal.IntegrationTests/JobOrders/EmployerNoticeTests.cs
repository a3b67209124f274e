using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>An employer's users are told, in the portal and by email, what the agency and the candidates did to its orders.</summary>
public sealed class EmployerNoticeTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task Approval_and_rejection_reach_every_user_of_the_employer_and_no_one_else()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var admin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var staff = await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer);
        var other = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, await Fixture.CreateEmployerAsync("Other Test"));
        var orders = new VacancyArrangement(Fixture);
        var approved = await orders.OrderAsync(employer, VacancyArrangement.Terms("Payvandchi"), JobOrderStatus.PendingApproval);
        var rejected = await orders.OrderAsync(employer, VacancyArrangement.Terms("Bo‘yoqchi"), JobOrderStatus.PendingApproval);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);

        await Fixture.SendAsync(supervisor, new ApproveJobOrderCommand(approved, await VersionAsync(approved)));
        await Fixture.SendAsync(supervisor, new RejectJobOrderCommand { Id = rejected, Version = await VersionAsync(rejected), Reason = "Turar joy narxi ko‘rsatilmagan." });

        foreach (var user in new[] { admin, staff })
        {
            var client = await Fixture.SignedInClientAsync(user);
            var notices = await client.GetPageAsync("/Notifications");
            var texts = notices.QuerySelectorAll("[data-testid=notices] li").Select(li => li.TextContent).ToList();
            texts.ShouldContain(t => t.Contains(Fixture.Text("Notice.Employer.OrderApproved", "Payvandchi")));
            texts.ShouldContain(t => t.Contains(Fixture.Text("Notice.Employer.OrderRejected", "Bo‘yoqchi", "Turar joy narxi ko‘rsatilmagan.")));
            notices.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldStartWith("2");
            (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == user.Email))).ShouldBe(2);
        }

        var otherClient = await Fixture.SignedInClientAsync(other);
        (await otherClient.GetPageAsync("/Notifications")).QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == other.Email))).ShouldBe(0);
    }

    [Fact]
    public async Task An_emailed_notice_links_to_its_page_on_the_public_address_whatever_Host_the_decision_came_from()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var admin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var order = await new VacancyArrangement(Fixture).OrderAsync(employer, VacancyArrangement.Terms("Payvandchi"), JobOrderStatus.PendingApproval);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);
        var forged = new PortalClient(Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://evil.example"),
            AllowAutoRedirect = false,
        }));
        await forged.SignInAsync(supervisor);

        using var approved = await forged.SubmitAsync(JobOrderArrangement.ReviewUrl(order), new Dictionary<string, string?>(), "#approve-form");

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == admin.Email).Select(e => e.TextBody).SingleAsync());
        body.ShouldNotContain("evil.example");
        body.ShouldContain($"{PortalFactory.PublicBaseUrl}/Employer/JobOrders/View/{order}");
    }

    [Fact]
    public async Task A_bulk_shortlist_tells_the_employer_once_per_order_with_the_count_and_each_citizen_once()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var admin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var order = await new VacancyArrangement(Fixture).PublishedAsync(employer, VacancyArrangement.Terms("Payvandchi"));
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        var applications = new List<Guid>();
        var citizens = new List<TestUser>();
        foreach (var name in new[] { "Alimov", "Botirov", "Choriyev" })
        {
            var arranged = await profiles.SubmittedInSamarkandAsync(lastName: name);
            await profiles.VerifyAsync(arranged, officer.Id);
            citizens.Add(arranged.Citizen);
            applications.Add(await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order)));
        }

        await Fixture.SendAsync(officer, new MoveApplicationsCommand(applications, ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand(applications, ApplicationStatus.Shortlisted, "Hammasi TOPIK 3"));

        var notices = await (await Fixture.SignedInClientAsync(admin)).GetPageAsync("/Notifications");
        var only = notices.QuerySelectorAll("[data-testid=notices] li").ShouldHaveSingleItem();
        only.TextContent.ShouldContain(Fixture.Text("Notice.Employer.Shortlisted", "3", "Payvandchi"));
        only.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Employer/Candidates/{order}");
        foreach (var citizen in citizens)
        {
            var keys = await Fixture.WithDbAsync(db => db.Notifications.Where(n => n.UserId == citizen.Id).Select(n => n.MessageKey).ToListAsync());
            keys.Count(k => k == "Notice.Application.Shortlisted").ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_shortlisted_candidate_who_withdraws_is_reported_to_the_employer_but_an_unseen_one_is_not()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var admin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var order = await new VacancyArrangement(Fixture).PublishedAsync(employer, VacancyArrangement.Terms("Payvandchi"));
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        var seen = await profiles.SubmittedInSamarkandAsync(lastName: "Alimov");
        var unseen = await profiles.SubmittedInSamarkandAsync(lastName: "Botirov");
        await profiles.VerifyAsync(seen, officer.Id);
        await profiles.VerifyAsync(unseen, officer.Id);
        var seenApplication = await Fixture.SendAsync(seen.Citizen, new ApplyToJobOrderCommand(order));
        var unseenApplication = await Fixture.SendAsync(unseen.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([seenApplication], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([seenApplication], ApplicationStatus.Shortlisted, null));

        await Fixture.SendAsync(unseen.Citizen, new WithdrawApplicationCommand(unseenApplication, await ApplicationVersionAsync(unseenApplication)));
        await Fixture.SendAsync(seen.Citizen, new WithdrawApplicationCommand(seenApplication, await ApplicationVersionAsync(seenApplication)));

        var keys = await Fixture.WithDbAsync(db => db.Notifications.Where(n => n.UserId == admin.Id).Select(n => n.MessageKey).ToListAsync());
        keys.ShouldBe(["Notice.Employer.Shortlisted", "Notice.Employer.CandidateWithdrew"], ignoreOrder: true);
    }

    private Task<uint> VersionAsync(Guid order) =>
        Fixture.WithDbAsync(db => db.JobOrders.Where(o => o.Id == order).Select(o => o.Version).SingleAsync());

    private Task<uint> ApplicationVersionAsync(Guid application) =>
        Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == application).Select(a => a.Version).SingleAsync());
}
