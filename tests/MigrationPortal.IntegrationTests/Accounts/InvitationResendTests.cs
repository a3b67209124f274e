using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>A staff account that never chose a password gets a new invitation link from the accounts list (issue 11).</summary>
public sealed partial class InvitationResendTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Email = "olim.karimov@agency.example";

    [GeneratedRegex(@"token=([^\s&]+)")]
    private static partial Regex Token();

    private async Task<IReadOnlyList<string>> LinksAsync() =>
        [.. (await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == Email).OrderBy(e => e.Id).Select(e => e.TextBody).ToListAsync()))
            .Select(body => Uri.UnescapeDataString(Token().Match(body).Groups[1].Value))];

    private async Task<Guid> CreateAsync(PortalClient admin)
    {
        using var created = await admin.SubmitAsync("/Admin/Accounts/Create", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Olim Karimov",
            ["Input.Email"] = Email,
            ["Input.Kind"] = nameof(UserKind.Officer),
            ["Input.UnitId"] = ProfileArrangement.SamarkandUnit.ToString(),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await Fixture.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync());
    }

    // The minute since the last invitation, passed without waiting for it.
    private Task AgeAsync(Guid id) => Fixture.WithDbAsync(async db =>
    {
        await db.Database.ExecuteSqlAsync($"update users set created_at = created_at - interval '2 minutes' where id = {id}");
        await db.Database.ExecuteSqlAsync($"update status_changes set changed_at = changed_at - interval '2 minutes' where entity_id = {id}");
    });

    private static async Task<IReadOnlyList<string>> ResetErrorsAsync(PortalClient client, Guid id, string token)
    {
        using var response = await client.SubmitAsync($"/Account/ResetPassword?userId={id}&token={Uri.EscapeDataString(token)}", new Dictionary<string, string?>
        {
            ["Input.Password"] = "Brand-new-pass-7",
            ["Input.ConfirmPassword"] = "Brand-new-pass-7",
        });
        return response.StatusCode == HttpStatusCode.Redirect ? [] : [(await PortalClient.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent ?? "refused"];
    }

    [Fact]
    public async Task A_new_invitation_replaces_the_old_link_is_refused_within_a_minute_and_is_recorded()
    {
        var adminUser = await Fixture.CreateUserAsync(UserKind.Administrator);
        var admin = await Fixture.SignedInClientAsync(adminUser);
        var id = await CreateAsync(admin);
        var list = await admin.GetPageAsync($"/Admin/Accounts?search={Email}");
        list.QuerySelector("[data-testid=resend-form]").ShouldNotBeNull();

        var tooSoon = await admin.SubmitAndReadAsync($"/Admin/Accounts?search={Email}", new Dictionary<string, string?>(), formSelector: "[data-testid=resend-form]");
        tooSoon.SummaryErrors().ShouldBe([Fixture.Text("Rule.Account.InvitationTooSoon")]);
        (await LinksAsync()).Count.ShouldBe(1);

        await AgeAsync(id);
        using (var resent = await admin.SubmitAsync($"/Admin/Accounts?search={Email}", new Dictionary<string, string?>(), "[data-testid=resend-form]"))
        {
            resent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await admin.GetPageAsync(resent.Headers.Location!.OriginalString)).QuerySelector("[data-testid=resent]").ShouldNotBeNull();
        }

        var links = await LinksAsync();
        links.Count.ShouldBe(2);
        var again = await admin.SubmitAndReadAsync($"/Admin/Accounts?search={Email}", new Dictionary<string, string?>(), formSelector: "[data-testid=resend-form]");
        again.SummaryErrors().ShouldBe([Fixture.Text("Rule.Account.InvitationTooSoon")]);
        var recorded = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityType == ResendInvitationHandler.RecordType && c.EntityId == id).ToListAsync());
        recorded.ShouldHaveSingleItem().ChangedBy.ShouldBe(adminUser.Id);

        var visitor = Fixture.CreateClient();
        (await ResetErrorsAsync(visitor, id, links[0])).ShouldNotBeEmpty("the first link stopped working");
        (await ResetErrorsAsync(visitor, id, links[1])).ShouldBeEmpty();
        (await admin.GetPageAsync($"/Admin/Accounts?search={Email}")).QuerySelector("[data-testid=resend-form]").ShouldBeNull();
    }

    [Fact]
    public async Task An_account_that_chose_its_password_gets_no_invitation()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        (await admin.GetPageAsync($"/Admin/Accounts?search={officer.Email}")).QuerySelector("[data-testid=resend-form]").ShouldBeNull();
        using var crafted = await admin.PostAsync($"/Admin/Accounts?handler=Resend&id={officer.Id}", new Dictionary<string, string>(), "/Admin/Accounts");

        (await PortalClient.ParseAsync(crafted)).SummaryErrors().ShouldBe([Fixture.Text("Rule.Account.InvitationNotPending")]);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == officer.Email))).ShouldBe(0);
    }

    [Fact]
    public async Task Only_administrators_send_invitations()
    {
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var id = await CreateAsync(admin);
        await AgeAsync(id);
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        using var refused = await supervisor.PostAsync($"/Admin/Accounts?handler=Resend&id={id}", new Dictionary<string, string>(), "/Vacancies");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LinksAsync()).Count.ShouldBe(1);
    }
}
