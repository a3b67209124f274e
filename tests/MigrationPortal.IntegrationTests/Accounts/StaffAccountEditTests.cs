using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>Administrators edit staff accounts and move staff between units and roles (issue 11).</summary>
public sealed class StaffAccountEditTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly Guid TrainingCenter = new("00000000-0000-0000-0003-000000000001");

    private readonly ProfileArrangement _profiles = new(fixture);

    private static string EditUrl(Guid id) => $"/Admin/Accounts/Edit/{id}";

    private Task<PortalUser> AccountAsync(Guid id) => Fixture.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    private static Dictionary<string, string?> Form(TestUser user, string fullName, UserKind kind, Guid? unit) => new()
    {
        ["Input.FullName"] = fullName,
        ["Input.Email"] = user.Email,
        ["Input.PhoneNumber"] = "",
        ["Input.Kind"] = kind.ToString(),
        ["Input.UnitId"] = unit?.ToString() ?? "",
    };

    [Fact]
    public async Task An_officer_moved_to_another_branch_works_the_new_branchs_queue_at_once_and_is_told()
    {
        await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        await _profiles.SubmittedInTashkentCityAsync(lastName: "Yusupova");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var session = await Fixture.SignedInClientAsync(officer);
        var before = (await session.GetPageAsync("/Agency/Profiles")).Body!.TextContent;
        before.ShouldContain("Karimov");
        before.ShouldNotContain("Yusupova");
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var name = (await AccountAsync(officer.Id)).FullName;

        using (var moved = await admin.SubmitAsync(EditUrl(officer.Id), Form(officer, name, UserKind.Officer, ProfileArrangement.TashkentCityUnit)))
        {
            moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // The session opened with the Samarkand unit in its claims ends at its next request.
        using (var stale = await session.Http.GetAsync(new Uri("/Agency/Profiles", UriKind.Relative)))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            stale.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        }

        var again = await Fixture.SignedInClientAsync(officer);
        var after = (await again.GetPageAsync("/Agency/Profiles")).Body!.TextContent;
        after.ShouldContain("Yusupova");
        after.ShouldNotContain("Karimov");
        (await AccountAsync(officer.Id)).UnitId.ShouldBe(ProfileArrangement.TashkentCityUnit);
        (await again.GetPageAsync("/Notifications")).QuerySelector("[data-testid=notices] li")!.TextContent
            .ShouldContain(Fixture.Text("Notice.Account.Role.Officer", name, officer.Email, "Toshkent shahri hududiy boshqarmasi"));
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == officer.Email))).ShouldBe(1);
        var history = (await admin.GetPageAsync(EditUrl(officer.Id))).QuerySelector("[data-testid=history-entry]")!.TextContent;
        history.ShouldContain(Fixture.Text("Field.UnitId"));
    }

    [Fact]
    public async Task A_supervisor_made_an_officer_keeps_a_unit_and_name_email_and_phone_are_corrected()
    {
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        using var saved = await admin.SubmitAsync(EditUrl(supervisor.Id), new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Dilnoza Rahimova",
            ["Input.Email"] = "d.rahimova@migration.uz",
            ["Input.PhoneNumber"] = "+998 71 200 00 01",
            ["Input.Kind"] = nameof(UserKind.Officer),
            ["Input.UnitId"] = ProfileArrangement.SamarkandUnit.ToString(),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var account = await AccountAsync(supervisor.Id);
        (account.FullName, account.Email, account.UserName, account.PhoneNumber, account.Kind, account.UnitId)
            .ShouldBe(("Dilnoza Rahimova", "d.rahimova@migration.uz", "d.rahimova@migration.uz", "+998712000001", UserKind.Officer, ProfileArrangement.SamarkandUnit));
        (await Fixture.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == supervisor.Id))).ShouldBe(1);
        var page = await admin.GetPageAsync(EditUrl(supervisor.Id));
        var history = page.QuerySelector("[data-testid=history-entry]")!.TextContent;
        history.ShouldContain(Fixture.Text("Kind.Supervisor"));
        history.ShouldContain(Fixture.Text("Kind.Officer"));
        history.ShouldContain(Fixture.Text("Field.Email"));
        (await Fixture.SignedInClientAsync(supervisor with { Email = "d.rahimova@migration.uz" })).ShouldNotBeNull();
    }

    [Fact]
    public async Task Bad_input_an_officer_without_a_fitting_unit_or_a_taken_email_is_refused_and_nothing_changes()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var other = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var name = (await AccountAsync(officer.Id)).FullName;

        var bad = await admin.SubmitAndReadAsync(EditUrl(officer.Id), new Dictionary<string, string?>
        {
            ["Input.FullName"] = "",
            ["Input.Email"] = "not an email",
            ["Input.PhoneNumber"] = "123",
            ["Input.Kind"] = nameof(UserKind.Officer),
            ["Input.UnitId"] = "",
        });
        var center = await admin.SubmitAndReadAsync(EditUrl(officer.Id), Form(officer, name, UserKind.Officer, TrainingCenter));
        var same = await admin.SubmitAndReadAsync(EditUrl(officer.Id), Form(officer, name, UserKind.Officer, ProfileArrangement.SamarkandUnit));
        var takenForm = Form(officer, name, UserKind.Officer, ProfileArrangement.SamarkandUnit);
        takenForm["Input.Email"] = other.Email;
        var takenPage = await admin.SubmitAndReadAsync(EditUrl(officer.Id), takenForm);

        bad.FieldErrors("Input.FullName").ShouldNotBeEmpty();
        bad.FieldErrors("Input.Email").ShouldNotBeEmpty();
        bad.FieldErrors("Input.PhoneNumber").ShouldBe([Fixture.FieldMessage(ErrorCodes.PhoneFormat, "PhoneNumber")]);
        bad.FieldErrors("Input.UnitId").ShouldBe([Fixture.FieldMessage(ErrorCodes.KindNeedsUnit, "UnitId")]);
        center.FieldErrors("Input.UnitId").ShouldBe([Fixture.FieldMessage(ErrorCodes.UnitKindForOfficer, "UnitId")]);
        same.SummaryErrors().ShouldBe([Fixture.Text("Rule.Account.Unchanged")]);
        takenPage.FieldErrors("Input.Email").ShouldBe([Fixture.FieldMessage(ErrorCodes.AccountTaken, "Email")]);
        var account = await AccountAsync(officer.Id);
        (account.FullName, account.Email, account.UnitId).ShouldBe((name, officer.Email, (Guid?)ProfileArrangement.SamarkandUnit));
        (await Fixture.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.EntityType == StaffAccountChanges.RecordType))).ShouldBe(0);
    }

    [Fact]
    public async Task An_administrator_cannot_take_the_administrator_role_from_themselves()
    {
        var me = await Fixture.CreateUserAsync(UserKind.Administrator);
        var admin = await Fixture.SignedInClientAsync(me);
        var name = (await AccountAsync(me.Id)).FullName;

        var refused = await admin.SubmitAndReadAsync(EditUrl(me.Id), Form(me, name, UserKind.Supervisor, null));

        refused.SummaryErrors().ShouldBe([Fixture.Text("Rule.Account.OwnAdministratorRole")]);
        (await AccountAsync(me.Id)).Kind.ShouldBe(UserKind.Administrator);
        (await admin.GetPageAsync("/Admin/Accounts")).QuerySelector("h1").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_new_officer_in_a_training_center_is_refused_by_the_same_rule()
    {
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var refused = await admin.SubmitAndReadAsync("/Admin/Accounts/Create", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Aziz Qodirov",
            ["Input.Email"] = "a.qodirov@migration.uz",
            ["Input.Kind"] = nameof(UserKind.Officer),
            ["Input.UnitId"] = TrainingCenter.ToString(),
        });

        refused.FieldErrors("Input.UnitId").ShouldBe([Fixture.FieldMessage(ErrorCodes.UnitKindForOfficer, "UnitId")]);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "a.qodirov@migration.uz"))).ShouldBe(0);
    }

    [Theory]
    [InlineData(UserKind.Supervisor)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task Only_administrators_edit_accounts(UserKind kind)
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Hanil Construction") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization));

        using var page = await client.Http.GetAsync(new Uri(EditUrl(officer.Id), UriKind.Relative));
        using var post = await client.PostAsync(EditUrl(officer.Id), new Dictionary<string, string>
        {
            ["Input.FullName"] = "Someone else",
            ["Input.Email"] = officer.Email,
            ["Input.Kind"] = nameof(UserKind.Administrator),
        }, "/Vacancies");

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AccountAsync(officer.Id)).Kind.ShouldBe(UserKind.Officer);
    }
}
