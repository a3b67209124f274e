using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Persistence.Seed;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>Setting up, keeping and resetting the second factor: staff must have it before anything else, citizens may.</summary>
public sealed class TwoFactorSetupTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string SetupPage = "/Account/Authenticator";

    public static TheoryData<UserKind, string> StaffPages => new()
    {
        { UserKind.Officer, "/Agency" },
        { UserKind.Officer, "/Agency/Profiles" },
        { UserKind.Supervisor, "/Agency/Workload" },
        { UserKind.Administrator, "/Admin/Accounts" },
        { UserKind.EmployerAdmin, "/Employer/JobOrders" },
        { UserKind.EmployerAdmin, "/" },
        { UserKind.Officer, "/Notifications" },
        { UserKind.Officer, "/Account/TwoFactor" },
    };

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task Staff_without_a_second_factor_is_sent_to_setup_from_any_page(UserKind kind, string url)
    {
        var client = await Fixture.SignedInClientAsync(await StaffWithoutSecondFactorAsync(kind));

        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(SetupPage);
    }

    [Fact]
    public async Task Staff_without_a_second_factor_still_reaches_setup_sign_out_static_files_errors_and_health()
    {
        var client = await Fixture.SignedInClientAsync(await StaffWithoutSecondFactorAsync(UserKind.Officer));

        await client.GetPageAsync(SetupPage);
        await client.GetPageAsync("/Agency/No/Such/Page", HttpStatusCode.NotFound);
        using var styles = await client.Http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        using var health = await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var signedOut = await client.SubmitAsync("/Account/Logout", new Dictionary<string, string?>(), formSelector: "form[action='/Account/Logout']");

        styles.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Staff_turns_it_on_with_a_code_from_the_shown_key_and_then_signs_in_with_codes()
    {
        var officer = await StaffWithoutSecondFactorAsync(UserKind.Officer);
        var client = await Fixture.SignedInClientAsync(officer);

        var setup = await client.GetPageAsync(SetupPage);
        var key = KeyOn(setup);
        var qr = setup.QuerySelector("img.qr-code")!;
        var done = await client.SubmitAndReadAsync(SetupPage, new Dictionary<string, string?> { ["Input.Code"] = CodeNow(officer, key) });
        var area = await client.GetPageAsync("/Agency");

        setup.QuerySelector("[data-testid=authenticator-key]")!.TextContent.ShouldMatch("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$");
        qr.GetAttribute("src")!.ShouldStartWith("data:image/png;base64,");
        qr.GetAttribute("alt").ShouldBe(Fixture.Text("TwoFactor.Setup.QrAlt"));
        setup.QuerySelector("#Input_Code")!.GetAttribute("autocomplete").ShouldBe("one-time-code");
        setup.QuerySelector("#Input_Code")!.GetAttribute("inputmode").ShouldBe("numeric");
        setup.QuerySelector("label[for=Input_Code]").ShouldNotBeNull();
        done.QuerySelectorAll("[data-testid=recovery-codes] li").Length.ShouldBe(10);
        area.QuerySelector("main h1").ShouldNotBeNull();
        (await AccountAsync(officer)).TwoFactorEnabled.ShouldBeTrue();

        var later = Fixture.CreateClient();
        using var password = await later.SubmitAsync("/Account/Login", Credentials(officer));
        password.Headers.Location!.OriginalString.ShouldBe(PortalClient.CodePage);
        await Fixture.SignedInClientAsync(officer with { AuthenticatorKey = key });
    }

    [Fact]
    public async Task A_password_only_session_ends_when_the_second_factor_is_turned_on_elsewhere()
    {
        var officer = await StaffWithoutSecondFactorAsync(UserKind.Officer);
        var client = await Fixture.SignedInClientAsync(officer);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var account = (await users.FindByIdAsync(officer.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(account);
            (await users.SetTwoFactorEnabledAsync(account, true)).Succeeded.ShouldBeTrue();
        }

        using var next = await client.Http.GetAsync(new Uri("/Agency", UriKind.Relative));

        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_wrong_setup_code_is_told_by_the_field_and_leaves_it_off()
    {
        var officer = await StaffWithoutSecondFactorAsync(UserKind.Officer);
        var client = await Fixture.SignedInClientAsync(officer);
        var key = KeyOn(await client.GetPageAsync(SetupPage));
        var wrong = Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => c != Totp.CurrentCode(key));

        var page = await client.SubmitAndReadAsync(SetupPage, new Dictionary<string, string?> { ["Input.Code"] = wrong });

        page.FieldErrors("Input.Code").ShouldBe([Fixture.Text("Validation.CodeWrong", Fixture.Text("Field.Code"))]);
        KeyOn(page).ShouldBe(key, "the same key is shown again, to try once more");
        (await AccountAsync(officer)).TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_citizen_turns_it_on_and_off_from_the_link_in_the_header()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        var home = await client.GetPageAsync("/Citizen");
        var settings = await client.GetPageAsync(home.QuerySelector("a[href='/Account/TwoFactor']")!.GetAttribute("href")!);
        settings.QuerySelector("[data-testid=second-factor-status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.StatusOff"));
        var key = KeyOn(await client.GetPageAsync(SetupPage));
        await client.SubmitAndReadAsync(SetupPage, new Dictionary<string, string?> { ["Input.Code"] = CodeNow(citizen, key) });
        var on = await client.GetPageAsync("/Account/TwoFactor");
        var withCode = Fixture.CreateClient();
        using var password = await withCode.SubmitAsync("/Account/Login", Credentials(citizen));

        on.QuerySelector("[data-testid=second-factor-status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.StatusOn"));
        on.QuerySelector("[data-testid=recovery-codes-left]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.RecoveryCodes.Left", 10));
        password.Headers.Location!.OriginalString.ShouldBe(PortalClient.CodePage);

        using var turnedOff = await client.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string?>(), "main form[action*='handler=TurnOff']");
        var off = await client.GetPageAsync(turnedOff.Headers.Location!.OriginalString);
        using var passwordOnly = await Fixture.CreateClient().SubmitAsync("/Account/Login", Credentials(citizen));

        off.QuerySelector("[data-testid=second-factor-status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.StatusOff"));
        off.QuerySelector("main [role=status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.TurnedOff"));
        passwordOnly.Headers.Location!.OriginalString.ShouldBe("/Citizen");
        (await AccountAsync(citizen)).AuthenticatorLastStep.ShouldBeNull();
    }

    [Fact]
    public async Task Staff_cannot_turn_it_off_even_with_a_crafted_post()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ReferenceData.TerritorialBranchId(10));
        var client = await Fixture.SignedInClientAsync(officer);

        var settings = await client.GetPageAsync("/Account/TwoFactor");
        using var crafted = await client.PostAsync("/Account/TwoFactor?handler=TurnOff", new Dictionary<string, string>(), "/Account/TwoFactor");

        settings.QuerySelector("form[action*='handler=TurnOff']").ShouldBeNull();
        settings.QuerySelector("main form[action*='handler=RecoveryCodes']").ShouldNotBeNull();
        crafted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(crafted)).SummaryErrors().ShouldBe([Fixture.Text("Rule.SecondFactor.Required")]);
        (await AccountAsync(officer)).TwoFactorEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task An_administrator_resets_a_users_second_factor_which_is_recorded_and_the_user_sets_it_up_again()
    {
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ReferenceData.TerritorialBranchId(10));
        await Fixture.SignedInClientAsync(officer);
        var oldKey = await AuthenticatorKeyAsync(officer);
        var client = await Fixture.SignedInClientAsync(admin);

        var list = await client.GetPageAsync("/Admin/Accounts");
        var link = list.QuerySelectorAll("main table a").OfType<IHtmlAnchorElement>().Single(a => a.GetAttribute("href") == $"/Admin/Accounts/SecondFactor/{officer.Id}");
        var confirm = await client.GetPageAsync(link.GetAttribute("href")!);
        using var reset = await client.SubmitAsync(link.GetAttribute("href")!, new Dictionary<string, string?>());
        var done = await client.GetPageAsync(reset.Headers.Location!.OriginalString);

        confirm.QuerySelector("[data-testid=account-name]")!.TextContent.ShouldStartWith(nameof(UserKind.Officer));
        confirm.QuerySelector("[data-testid=second-factor-status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.StatusOn"));
        done.QuerySelector("main [role=status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.Reset.Done"));
        done.QuerySelector("[data-testid=second-factor-status]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.StatusOff"));
        var account = await AccountAsync(officer);
        account.TwoFactorEnabled.ShouldBeFalse();
        account.AuthenticatorLastStep.ShouldBeNull();
        (await AuthenticatorKeyAsync(officer)).ShouldNotBe(oldKey);
        var record = await Fixture.WithDbAsync(db => db.StatusChanges.SingleAsync(c => c.EntityType == "SecondFactor"));
        record.EntityId.ShouldBe(officer.Id);
        record.ChangedBy.ShouldBe(admin.Id);
        record.FromStatus.ShouldBe("On");
        record.ToStatus.ShouldBe("Reset");
        record.ChangedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));

        var again = Fixture.CreateClient();
        using var password = await again.SubmitAsync("/Account/Login", Credentials(officer));
        using var area = await again.Http.GetAsync(new Uri("/Agency", UriKind.Relative));
        password.Headers.Location!.OriginalString.ShouldBe("/Agency");
        area.Headers.Location!.OriginalString.ShouldBe(SetupPage);
    }

    [Fact]
    public async Task Only_an_administrator_resets_a_second_factor()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ReferenceData.TerritorialBranchId(10));
        var other = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));
        var client = await Fixture.SignedInClientAsync(officer);

        await client.GetPageAsync($"/Admin/Accounts/SecondFactor/{other.Id}", HttpStatusCode.Forbidden);
        using var crafted = await client.PostAsync($"/Admin/Accounts/SecondFactor/{other.Id}", new Dictionary<string, string>(), "/Account/TwoFactor");
        await admin.GetPageAsync($"/Admin/Accounts/SecondFactor/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        crafted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AccountAsync(other)).TwoFactorEnabled.ShouldBeTrue();
        (await Fixture.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.EntityType == "SecondFactor"))).ShouldBe(0);
    }

    private static Dictionary<string, string?> Credentials(TestUser user) => new()
    {
        ["Input.Login"] = user.Email,
        ["Input.Password"] = user.Password,
    };

    private static string KeyOn(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The code the app would show now, its step noted so that later sign-ins of the user take newer ones.</summary>
    private static string CodeNow(TestUser user, string key)
    {
        var step = Totp.CurrentStep;
        Totp.MarkUsed(user, step);
        return Totp.Code(key, step);
    }

    private async Task<TestUser> StaffWithoutSecondFactorAsync(UserKind kind)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Daesung Construction") : (Guid?)null;
        var unit = kind is UserKind.Officer or UserKind.Supervisor ? ReferenceData.TerritorialBranchId(10) : (Guid?)null;
        return await Fixture.CreateUserAsync(kind, organization, unit, secondFactor: false);
    }

    private async Task<string?> AuthenticatorKeyAsync(TestUser user)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id.ToString()))!);
    }

    private Task<AccountState> AccountAsync(TestUser user) =>
        Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .Select(u => new AccountState(u.TwoFactorEnabled, u.AuthenticatorLastStep))
            .SingleAsync());

    private sealed record AccountState(bool TwoFactorEnabled, long? AuthenticatorLastStep);
}
