using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Persistence.Seed;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>The code step after the password (docs/design/quality.md, Identity: staff use two-factor sign-in; a used code is not accepted twice).</summary>
public sealed class TwoFactorSignInTests(PortalFixture fixture) : PortalTest(fixture)
{
    public static TheoryData<UserKind, string> StaffAreas => new()
    {
        { UserKind.Officer, "/Agency" },
        { UserKind.Supervisor, "/Agency" },
        { UserKind.Administrator, "/Admin" },
        { UserKind.EmployerAdmin, "/Employer" },
    };

    [Theory]
    [MemberData(nameof(StaffAreas))]
    public async Task Staff_password_alone_opens_no_area_and_the_code_lands_in_it(UserKind kind, string area)
    {
        var user = await StaffAsync(kind);
        var client = Fixture.CreateClient();

        await PasswordStepAsync(client, user);
        using var before = await client.Http.GetAsync(new Uri(area, UriKind.Relative));
        using var coded = await client.SubmitCodeAsync(Totp.NextCode(user));
        using var after = await client.Http.GetAsync(new Uri(area, UriKind.Relative));

        before.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        before.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        coded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        coded.Headers.Location!.OriginalString.ShouldBe(area);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_code_step_keeps_the_page_the_user_was_going_to()
    {
        var user = await StaffAsync(UserKind.Officer);
        var client = Fixture.CreateClient();

        using var password = await client.SubmitAsync("/Account/Login?returnUrl=%2FAgency%2FProfiles", Credentials(user));
        password.Headers.Location!.OriginalString.ShouldStartWith(PortalClient.CodePage);
        using var coded = await client.SubmitAsync(password.Headers.Location.OriginalString, Code(Totp.NextCode(user)));

        coded.Headers.Location!.OriginalString.ShouldBe("/Agency/Profiles");
    }

    [Fact]
    public async Task The_code_page_without_a_password_first_leads_to_sign_in()
    {
        using var response = await Fixture.CreateClient().Http.GetAsync(new Uri(PortalClient.CodePage, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/Account/Login");
    }

    [Fact]
    public async Task A_wrong_code_is_refused_by_the_field_in_the_users_language_and_opens_nothing()
    {
        var user = await StaffAsync(UserKind.Officer);
        var client = Fixture.CreateClient();
        await PasswordStepAsync(client, user);

        var page = await client.SubmitAndReadAsync(PortalClient.CodePage, Code(WrongCode(user)));
        var russian = await client.SubmitAndReadAsync(PortalClient.CodePage + "?culture=ru", Code(WrongCode(user)));
        using var area = await client.Http.GetAsync(new Uri("/Agency", UriKind.Relative));

        page.FieldErrors("Input.Code").ShouldBe([Fixture.Text("Validation.CodeWrong", Fixture.Text("Field.Code"))]);
        russian.FieldErrors("Input.Code").Single().ShouldContain("неверный");
        area.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_code_that_is_not_six_digits_is_told_so_and_is_no_guess()
    {
        var user = await StaffAsync(UserKind.Officer);
        var client = Fixture.CreateClient();
        await PasswordStepAsync(client, user);

        var page = await client.SubmitAndReadAsync(PortalClient.CodePage, Code("12345"));

        page.FieldErrors("Input.Code").ShouldBe([Fixture.Text("Validation.CodeFormat", Fixture.Text("Field.Code"))]);
        (await AccountAsync(user)).AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task The_same_code_is_refused_at_a_second_sign_in_within_its_window()
    {
        var user = await StaffAsync(UserKind.Supervisor);
        var step = Totp.CurrentStep;
        Totp.MarkUsed(user, step);
        var code = Totp.Code(user.AuthenticatorKey!, step);
        var first = Fixture.CreateClient();
        var second = Fixture.CreateClient();

        await PasswordStepAsync(first, user);
        using var accepted = await first.SubmitCodeAsync(code);
        await PasswordStepAsync(second, user);
        var refused = await second.SubmitAndReadAsync(PortalClient.CodePage, Code(code));
        using var area = await second.Http.GetAsync(new Uri("/Agency", UriKind.Relative));

        accepted.Headers.Location!.OriginalString.ShouldBe("/Agency");
        refused.FieldErrors("Input.Code").ShouldBe([Fixture.Text("Validation.CodeWrong", Fixture.Text("Field.Code"))]);
        area.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AccountAsync(user)).AuthenticatorLastStep.ShouldBe(step);
    }

    [Fact]
    public async Task Of_two_sign_ins_racing_with_one_code_exactly_one_gets_in()
    {
        var user = await StaffAsync(UserKind.Officer);
        var step = Totp.CurrentStep;
        Totp.MarkUsed(user, step);
        var code = Totp.Code(user.AuthenticatorKey!, step);
        var clients = Enumerable.Range(0, 4).Select(_ => Fixture.CreateClient()).ToList();
        foreach (var client in clients)
        {
            await PasswordStepAsync(client, user);
        }

        var responses = await Task.WhenAll(clients.Select(client => client.SubmitCodeAsync(code)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3);

        // The refused ones saved their failure on a copy of the account read before the step was claimed.
        (await AccountAsync(user)).AuthenticatorLastStep.ShouldBe(step);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_save_of_the_account_read_before_its_code_was_used_keeps_the_step_claimed()
    {
        var user = await StaffAsync(UserKind.Officer);
        var step = Totp.CurrentStep;
        Totp.MarkUsed(user, step);
        await using var stale = Fixture.Factory.Services.CreateAsyncScope();
        var staleUsers = stale.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var staleCopy = (await staleUsers.FindByIdAsync(user.Id.ToString()))!;

        await using (var fresh = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = fresh.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var verified = await users.VerifyTwoFactorTokenAsync((await users.FindByIdAsync(user.Id.ToString()))!, TokenOptions.DefaultAuthenticatorProvider, Totp.Code(user.AuthenticatorKey!, step));
            verified.ShouldBeTrue();
        }

        (await staleUsers.AccessFailedAsync(staleCopy)).Succeeded.ShouldBeTrue();

        var account = await AccountAsync(user);
        account.AccessFailedCount.ShouldBe(1);
        account.AuthenticatorLastStep.ShouldBe(step);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_one_fewer_is_left()
    {
        var user = await StaffAsync(UserKind.EmployerAdmin);
        var owner = await Fixture.SignedInClientAsync(user);
        var made = await owner.SubmitAndReadAsync("/Account/TwoFactor", new Dictionary<string, string?>(), formSelector: "main form[action*='handler=RecoveryCodes']");
        var codes = made.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(10);

        var first = Fixture.CreateClient();
        await PasswordStepAsync(first, user);
        using var accepted = await first.SubmitAsync("/Account/LoginWithRecoveryCode", Recovery(codes[0].ToLowerInvariant()));
        var second = Fixture.CreateClient();
        await PasswordStepAsync(second, user);
        var refused = await second.SubmitAndReadAsync("/Account/LoginWithRecoveryCode", Recovery(codes[0]));
        var settings = await first.GetPageAsync("/Account/TwoFactor");

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        accepted.Headers.Location!.OriginalString.ShouldBe("/Employer");
        refused.FieldErrors("Input.RecoveryCode").ShouldBe([Fixture.Text("TwoFactor.Recovery.Wrong")]);
        settings.QuerySelector("[data-testid=recovery-codes-left]")!.TextContent.ShouldBe(Fixture.Text("TwoFactor.RecoveryCodes.Left", 9));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_even_for_the_right_code()
    {
        var user = await StaffAsync(UserKind.Administrator);
        var client = Fixture.CreateClient();
        await PasswordStepAsync(client, user);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.SubmitCodeAsync(WrongCode(user));
        }

        var locked = await client.SubmitAndReadAsync(PortalClient.CodePage + "?culture=en", Code(Totp.NextCode(user)));
        using var area = await client.Http.GetAsync(new Uri("/Admin", UriKind.Relative));

        locked.SummaryErrors().ShouldContain(e => e.Contains("blocked", StringComparison.OrdinalIgnoreCase));
        area.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AccountAsync(user)).LockoutEnd!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_toward_the_same_lockout()
    {
        var user = await StaffAsync(UserKind.Officer);
        var client = Fixture.CreateClient();
        await PasswordStepAsync(client, user);

        var first = await client.SubmitAndReadAsync("/Account/LoginWithRecoveryCode", Recovery("AAAAA-BBBBB"));
        var afterOne = (await AccountAsync(user)).AccessFailedCount;
        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var failed = await client.SubmitAsync("/Account/LoginWithRecoveryCode", Recovery("AAAAA-BBBBB"));
        }

        var locked = await client.SubmitAndReadAsync(PortalClient.CodePage + "?culture=en", Code(Totp.NextCode(user)));

        first.FieldErrors("Input.RecoveryCode").ShouldBe([Fixture.Text("TwoFactor.Recovery.Wrong")]);
        afterOne.ShouldBe(1);
        locked.SummaryErrors().ShouldContain(e => e.Contains("blocked", StringComparison.OrdinalIgnoreCase));
    }

    private static Dictionary<string, string?> Credentials(TestUser user) => new()
    {
        ["Input.Login"] = user.Email,
        ["Input.Password"] = user.Password,
    };

    private static Dictionary<string, string?> Code(string code) => new() { ["Input.Code"] = code };

    private static Dictionary<string, string?> Recovery(string code) => new() { ["Input.RecoveryCode"] = code };

    /// <summary>Six digits that are the code of no step the portal would take now.</summary>
    private static string WrongCode(TestUser user)
    {
        var now = Totp.CurrentStep;
        var near = Enumerable.Range(-3, 7).Select(offset => Totp.Code(user.AuthenticatorKey!, now + offset)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(code => !near.Contains(code));
    }

    private static async Task PasswordStepAsync(PortalClient client, TestUser user)
    {
        using var response = await client.SubmitAsync("/Account/Login", Credentials(user));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(PortalClient.CodePage);
    }

    private async Task<TestUser> StaffAsync(UserKind kind)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Daesung Construction") : (Guid?)null;
        var unit = kind is UserKind.Officer or UserKind.Supervisor ? ReferenceData.TerritorialBranchId(10) : (Guid?)null;
        return await Fixture.CreateUserAsync(kind, organization, unit);
    }

    private Task<AccountState> AccountAsync(TestUser user) =>
        Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .Select(u => new AccountState(u.TwoFactorEnabled, u.AuthenticatorLastStep, u.AccessFailedCount, u.LockoutEnd))
            .SingleAsync());

    private sealed record AccountState(bool TwoFactorEnabled, long? AuthenticatorLastStep, int AccessFailedCount, DateTimeOffset? LockoutEnd);
}
