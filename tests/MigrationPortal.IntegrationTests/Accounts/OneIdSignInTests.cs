using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>
/// Sign-in with OneID (issue 12) against the run's local OpenID provider, over real HTTP: accounts made, found and
/// linked, a PINFL someone else typed refused, the details OneID vouches for locked, and a callback that does not hold
/// together turned away.
/// </summary>
public sealed class OneIdSignInTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly DateOnly Birth = new(1993, 7, 14);

    private static OneIdPerson Person(int serial, string? phone = null, bool phoneVerified = true, string lastName = "TOSHMATOV") => new(
        $"oneid-subject-{serial}",
        ProfileArrangement.PinflFor(Birth, Sex.Male, serial),
        lastName,
        "BOBUR",
        "ALISHER O‘G‘LI",
        Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        phone,
        phoneVerified);

    [Fact]
    public async Task A_first_OneID_sign_in_opens_a_citizen_account_whose_name_birth_date_and_PINFL_come_from_OneID_and_are_locked()
    {
        var person = Person(701, phone: "998901112233");
        var client = Fixture.CreateClient();

        using var landed = await client.SignInWithOneIdAsync(Fixture.OneId, person);

        landed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        landed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        var page = await client.GetPageAsync("/Citizen/Profile/Personal");
        page.QuerySelector("[data-testid=identity-locked]")!.TextContent.ShouldContain(Fixture.Text("Profile.IdentityVerifiedBy", "OneID"));
        page.QuerySelector("[data-testid=locked-last-name]")!.TextContent.ShouldBe("TOSHMATOV");
        page.QuerySelector("[data-testid=locked-birth-date]")!.TextContent.ShouldBe("14.07.1993");
        page.QuerySelector("[data-testid=saved-pinfl]")!.TextContent.ShouldBe("••••••••••" + person.Pinfl[^4..]);
        page.QuerySelector("[data-testid=identity-correction]")!.TextContent.ShouldBe(Fixture.Text("Profile.IdentityCorrection"));
        page.QuerySelector("input[name='Input.LastName']").ShouldBeNull();
        page.QuerySelector("input[name='Input.Phone']").ShouldNotBeNull();

        var (user, login, profile) = await StoredAsync(person.Subject);
        user.Kind.ShouldBe(UserKind.Citizen);
        user.PasswordHash.ShouldBeNull();
        (user.PhoneNumber, user.PhoneNumberConfirmed).ShouldBe(("+998901112233", true));
        login.ShouldBe(user.Id);
        (profile.LastName, profile.FirstName, profile.Patronymic, profile.BirthDate, profile.Sex).ShouldBe(("TOSHMATOV", "BOBUR", "ALISHER O‘G‘LI", Birth, Sex.Male));
        profile.IdentitySource.ShouldBe("OneID");
        profile.IdentityConfirmedAt.ShouldNotBeNull();
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.ViewerId, audit.CitizenId, audit.Action).ShouldBe((user.Id, user.Id, PersonalDataAudit.OneIdAccountCreated));
    }

    [Fact]
    public async Task A_second_OneID_sign_in_comes_back_to_the_same_account_and_refreshes_the_details_from_OneID()
    {
        await Fixture.CreateClient().SignInWithOneIdAsync(Fixture.OneId, Person(702));
        var client = Fixture.CreateClient();

        using var landed = await client.SignInWithOneIdAsync(Fixture.OneId, Person(702, lastName: "TOSHMATOVA"));

        landed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
        var (_, _, profile) = await StoredAsync("oneid-subject-702");
        profile.LastName.ShouldBe("TOSHMATOVA");
        (await client.GetPageAsync("/Citizen/Profile/Personal")).QuerySelector("[data-testid=locked-last-name]")!.TextContent.ShouldBe("TOSHMATOVA");
    }

    [Fact]
    public async Task OneID_signs_in_to_the_account_whose_profile_an_officer_verified_with_the_same_PINFL()
    {
        var arranged = await new ProfileArrangement(Fixture).SubmittedInSamarkandAsync();
        await new ProfileArrangement(Fixture).VerifyAsync(arranged, Guid.CreateVersion7());
        var person = new OneIdPerson("oneid-verified", arranged.Pinfl, "KARIMOV", "JASUR", "OLIMOVICH");
        var client = Fixture.CreateClient();

        using var landed = await client.SignInWithOneIdAsync(Fixture.OneId, person);

        landed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        var (user, _, profile) = await StoredAsync(person.Subject);
        user.Id.ShouldBe(arranged.Citizen.Id);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.Kind == UserKind.Citizen))).ShouldBe(1);
        profile.Status.ShouldBe(ProfileStatus.Verified);
        (profile.LastName, profile.IdentitySource).ShouldBe(("KARIMOV", "OneID"));
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync(a => a.Action == PersonalDataAudit.OneIdLinked));
        (audit.CitizenId, audit.Subject).ShouldBe((arranged.Citizen.Id, "Pinfl"));
        var views = await client.GetPageAsync("/Citizen/Profile/Views");
        views.QuerySelector("[data-testid=who]")!.TextContent.ShouldBe(Fixture.Text("Views.Side.Self"));
        views.QuerySelector("[data-testid=what]")!.TextContent.ShouldBe($"{Fixture.Text("Audit.Action.OneIdLinked")}: {Fixture.Text("Audit.OneIdTie.Pinfl")}");
    }

    [Fact]
    public async Task OneID_signs_in_to_the_account_whose_confirmed_phone_number_it_vouches_for()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == citizen.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+998935554433").SetProperty(x => x.PhoneNumberConfirmed, true)));
        var person = Person(703, phone: "+998 93 555 44 33");

        using var landed = await Fixture.CreateClient().SignInWithOneIdAsync(Fixture.OneId, person);

        landed.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        var (user, _, profile) = await StoredAsync(person.Subject);
        user.Id.ShouldBe(citizen.Id);
        profile.LastName.ShouldBe("TOSHMATOV");
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task An_account_with_an_authenticator_still_asks_for_its_code_after_OneID()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen, secondFactor: true);
        await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == citizen.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+998935554435").SetProperty(x => x.PhoneNumberConfirmed, true)));
        var client = Fixture.CreateClient();

        using var answer = await client.SignInWithOneIdAsync(Fixture.OneId, Person(709, phone: "+998935554435"));

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldStartWith(PortalClient.CodePage);
        using var code = await client.SubmitCodeAsync(Totp.NextCode(citizen));
        code.Headers.Location!.OriginalString.ShouldBe("/Citizen");
    }

    [Fact]
    public async Task A_phone_number_OneID_does_not_vouch_for_links_nothing_and_stays_off_the_new_account()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == citizen.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+998935554434").SetProperty(x => x.PhoneNumberConfirmed, true)));
        var person = Person(704, phone: "+998935554434", phoneVerified: false);

        await Fixture.CreateClient().SignInWithOneIdAsync(Fixture.OneId, person);

        var (user, _, _) = await StoredAsync(person.Subject);
        user.Id.ShouldNotBe(citizen.Id);
        user.PhoneNumber.ShouldBeNull();
    }

    [Fact]
    public async Task A_PINFL_already_on_a_profile_nobody_verified_is_refused_with_the_way_out_and_nothing_is_made_or_linked()
    {
        var arranged = await new ProfileArrangement(Fixture).SubmittedInSamarkandAsync();
        var person = new OneIdPerson("oneid-newcomer", arranged.Pinfl, "Karimov", "Jasur");
        var client = Fixture.CreateClient();

        using var answer = await client.SignInWithOneIdAsync(Fixture.OneId, person);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(answer);
        page.QuerySelector("[data-testid=pinfl-held]")!.TextContent.ShouldContain(Fixture.Text("OneId.PinflHeld.Branch"));
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.UserLogins.CountAsync())).ShouldBe(0);
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.CitizenId, audit.Action, audit.Subject).ShouldBe((arranged.Citizen.Id, PersonalDataAudit.DuplicatePinflAttempt, "OneID"));
        audit.ViewerId.ShouldNotBe(arranged.Citizen.Id);
        using var home = await client.Http.GetAsync(new Uri("/Citizen", UriKind.Relative));
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Names_birth_date_sex_and_PINFL_from_OneID_stay_whatever_a_crafted_form_posts_while_phone_and_district_save()
    {
        var person = Person(705);
        var client = Fixture.CreateClient();
        await client.SignInWithOneIdAsync(Fixture.OneId, person);
        var district = await CitizenData.DistrictOfAsync(Fixture, 10);

        using var saved = await client.PostAsync("/Citizen/Profile/Personal", new Dictionary<string, string>
        {
            ["Input.LastName"] = "Boshqa",
            ["Input.FirstName"] = "Ism",
            ["Input.Patronymic"] = "",
            ["Input.BirthDate"] = "1990-01-01",
            ["Input.Sex"] = "Female",
            ["Input.Pinfl"] = ProfileArrangement.PinflFor(new DateOnly(1990, 1, 1), Sex.Female, 9),
            ["Input.Phone"] = "+998 90 765 43 21",
            ["Input.DistrictId"] = district.ToString(CultureInfo.InvariantCulture),
        }, "/Citizen/Profile/Personal");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, _, profile) = await StoredAsync(person.Subject);
        (profile.LastName, profile.FirstName, profile.Patronymic, profile.BirthDate, profile.Sex).ShouldBe(("TOSHMATOV", "BOBUR", "ALISHER O‘G‘LI", Birth, Sex.Male));
        (profile.Phone, profile.DistrictId).ShouldBe(("+998907654321", district));
        var page = await client.GetPageAsync("/Citizen/Profile/Personal");
        page.QuerySelector("[data-testid=saved-pinfl]")!.TextContent.ShouldBe("••••••••••" + person.Pinfl[^4..]);
    }

    [Fact]
    public async Task A_OneID_sign_in_without_a_valid_PINFL_is_told_so_and_makes_nothing()
    {
        var client = Fixture.CreateClient();

        using var answer = await client.SignInWithOneIdAsync(Fixture.OneId, Person(710) with { Pinfl = "12345" });

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(answer)).SummaryErrors().ShouldBe([Fixture.Text("OneId.Incomplete")]);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_callback_whose_state_was_tampered_with_ends_on_the_plain_did_not_work_page_and_signs_nobody_in()
    {
        var client = Fixture.CreateClient();
        var back = await client.ToOneIdAsync(Fixture.OneId, Person(706));
        back.Fields["state"] = back.Fields["state"][..^4] + "AAAA";

        using var answer = await client.BackFromOneIdAsync(back);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(answer)).QuerySelector("[data-testid=oneid-failed]")!.TextContent.ShouldBe(Fixture.Text("OneId.Failed"));
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
        using var home = await client.Http.GetAsync(new Uri("/Citizen", UriKind.Relative));
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_code_replayed_with_another_browsers_state_cookie_missing_signs_nobody_in()
    {
        var back = await Fixture.CreateClient().ToOneIdAsync(Fixture.OneId, Person(707));
        var stranger = Fixture.CreateClient();

        using var answer = await stranger.BackFromOneIdAsync(back);

        (await PortalClient.ParseAsync(answer)).QuerySelector("[data-testid=oneid-failed]").ShouldNotBeNull();
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_signed_in_citizen_links_OneID_from_the_personal_page_and_the_details_become_OneIDs()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var before = await client.GetPageAsync("/Citizen/Profile/Personal");
        var link = before.QuerySelector("[data-testid=oneid-link] a")!.GetAttribute("href")!;
        var person = Person(708);

        using var landed = await client.SignInWithOneIdAsync(Fixture.OneId, person, link);

        landed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetPageAsync(landed.Headers.Location!.OriginalString);
        after.QuerySelector("[data-testid=oneid-linked]").ShouldNotBeNull();
        after.QuerySelector("[data-testid=locked-last-name]")!.TextContent.ShouldBe("TOSHMATOV");
        after.QuerySelector("[data-testid=oneid-link]").ShouldBeNull();
        var (user, _, _) = await StoredAsync(person.Subject);
        user.Id.ShouldBe(citizen.Id);
    }

    [Fact]
    public async Task Linking_a_OneID_whose_PINFL_is_on_another_citizens_profile_is_refused_and_written_to_their_audit()
    {
        var arranged = await new ProfileArrangement(Fixture).SubmittedInSamarkandAsync();
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        using var answer = await client.SignInWithOneIdAsync(Fixture.OneId, new OneIdPerson("oneid-other", arranged.Pinfl, "KARIMOV", "JASUR"), "/Account/OneId?handler=Link");

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(answer)).SummaryErrors().ShouldContain(Fixture.FieldMessage("Validation.PinflTaken", "Pinfl"));
        (await Fixture.WithDbAsync(db => db.UserLogins.CountAsync())).ShouldBe(0);
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.ViewerId, audit.CitizenId, audit.Action).ShouldBe((citizen.Id, arranged.Citizen.Id, PersonalDataAudit.DuplicatePinflAttempt));
    }

    [Fact]
    public async Task The_OneID_button_shows_only_on_a_portal_with_OneID_configured()
    {
        var configured = await Fixture.CreateClient().GetPageAsync("/Account/Login");
        configured.QuerySelector("[data-testid=oneid] a")!.TextContent.ShouldBe(Fixture.Text("OneId.SignIn"));
        (await Fixture.CreateClient().GetPageAsync("/Account/Register")).QuerySelector("[data-testid=oneid]").ShouldNotBeNull();

        var plain = Fixture.CreateClient(Fixture.StrictLimits);
        (await plain.GetPageAsync("/Account/Login")).QuerySelector("[data-testid=oneid]").ShouldBeNull();
        (await plain.GetPageAsync("/Account/Register")).QuerySelector("[data-testid=oneid]").ShouldBeNull();
        await plain.GetPageAsync("/Account/OneId", HttpStatusCode.NotFound);
    }

    private Task<(Application.Accounts.PortalUser User, Guid Login, WorkerProfile Profile)> StoredAsync(string subject) =>
        Fixture.WithDbAsync(async db =>
        {
            var login = await db.UserLogins.SingleAsync(l => l.LoginProvider == "OneID" && l.ProviderKey == subject);
            var user = await db.Users.SingleAsync(u => u.Id == login.UserId);
            var profile = await db.WorkerProfiles.SingleAsync(p => p.Id == user.Id);
            return (user, login.UserId, profile);
        });
}
