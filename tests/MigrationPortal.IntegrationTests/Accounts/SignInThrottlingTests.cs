using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>
/// Password checks rationed per client and per account name, whatever route reaches the form; the client is the
/// socket unless a configured proxy says otherwise; a lockout binds the client that failed, not the account's owner.
/// </summary>
public sealed class SignInThrottlingTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string> Credentials(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    private static Dictionary<string, string?> Typed(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    private PortalClient StrictClient(string socket) => Fixture.CreateClient(Fixture.StrictLimits).FromSocket(socket);

    [Fact]
    public async Task A_trailing_slash_or_another_letter_case_counts_against_the_same_limit()
    {
        var client = StrictClient("203.0.113.10");
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/Account/Login", "/Account/Login/", "/account/LOGIN", "/ACCOUNT/login/", "/Account/Login/?culture=en" })
        {
            using var response = await client.PostAsync(path, Credentials($"someone{statuses.Count}@example.uz", "Wrong-password-1"), "/Account/Login");
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Registration_through_a_trailing_slash_is_limited_too()
    {
        var client = StrictClient("203.0.113.11");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.PostAsync("/account/register/", new Dictionary<string, string> { ["Input.Email"] = "not-an-email" }, "/Account/Register");
            statuses.Add(response.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_flood_gets_429_with_a_localized_page_and_the_form_itself_stays_open()
    {
        var client = StrictClient("203.0.113.12");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await client.PostAsync("/Account/Login", Credentials("nobody@example.uz", "Wrong-password-1"), "/Account/Login");
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await client.PostAsync("/Account/Login?culture=en", Credentials("nobody@example.uz", "Wrong-password-1"), "/Account/Login");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PortalClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent.ShouldContain("many", Case.Insensitive);
        (await client.GetPageAsync("/Account/Login")).QuerySelector("main form").ShouldNotBeNull();
    }

    [Fact]
    public async Task Many_addresses_cannot_grind_one_account()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        var statuses = new List<HttpStatusCode>();
        for (var address = 1; address <= 6; address++)
        {
            using var response = await StrictClient($"192.0.2.{address}").PostAsync("/Account/Login", Credentials(user.Email, "Wrong-password-1"), "/Account/Login");
            statuses.Add(response.StatusCode);
        }

        statuses.Take(4).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(4).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);

        // The same name in another spelling is the same account.
        using var shouted = await StrictClient("192.0.2.7").PostAsync("/Account/Login", Credentials($"  {user.Email.ToUpperInvariant()} ", "Wrong-password-1"), "/Account/Login");
        shouted.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("203.0.113.20")]
    [InlineData("127.0.0.1")] // the framework alone would believe any local process
    public async Task A_forged_X_Forwarded_For_from_a_client_that_is_no_proxy_is_ignored(string socket)
    {
        var client = StrictClient(socket);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.1.2.{attempt}");
            using var response = await client.PostAsync("/Account/Login", Credentials($"forged{attempt}.{socket}@example.uz", "Wrong-password-1"), "/Account/Login");
            statuses.Add(response.StatusCode);
        }

        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_configured_proxy_forwards_each_clients_own_address()
    {
        var proxy = StrictClient(PortalFixture.TrustedProxy);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            proxy.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            proxy.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.9.8.{attempt}");
            using var response = await proxy.PostAsync("/Account/Login", Credentials($"proxied{attempt}@example.uz", "Wrong-password-1"), "/Account/Login");
            statuses.Add(response.StatusCode);
        }

        // Four clients behind the proxy, one attempt each: none is over its own limit.
        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Five_failures_lock_out_only_the_client_that_made_them_and_the_officer_still_signs_in_elsewhere()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: Infrastructure.Persistence.Seed.ReferenceData.TerritorialBranchId(10));
        var stranger = Fixture.CreateClient().FromSocket("203.0.113.30");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await stranger.SubmitAsync("/Account/Login", Typed(officer.Email, "Wrong-password-1"));
        }

        var locked = await stranger.SubmitAndReadAsync("/Account/Login?culture=en", Typed(officer.Email, officer.Password));
        using var owner = await Fixture.CreateClient().FromSocket("203.0.113.31").SubmitAsync("/Account/Login", Typed(officer.Email, officer.Password));

        locked.SummaryErrors().ShouldContain(e => e.Contains("locked", StringComparison.OrdinalIgnoreCase));
        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.LockoutEnd).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_name_locks_exactly_like_a_known_one()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var messages = new List<IReadOnlyList<string>>();
        foreach (var login in new[] { citizen.Email, "nobody-here@example.uz" })
        {
            var client = Fixture.CreateClient().FromSocket("203.0.113.40");
            for (var attempt = 0; attempt < 5; attempt++)
            {
                using var failed = await client.SubmitAsync("/Account/Login", Typed(login, "Wrong-password-1"));
            }

            messages.Add((await client.SubmitAndReadAsync("/Account/Login?culture=en", Typed(login, "Wrong-password-1"))).SummaryErrors());
        }

        messages[0].ShouldBe(messages[1]);
        messages[0].ShouldContain(e => e.Contains("locked", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unknown_name_costs_the_same_password_check_as_a_known_one()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = Fixture.CreateClient().FromSocket("203.0.113.50");

        var known = await CountPasswordChecksAsync(() => client.SubmitAsync("/Account/Login", Typed(citizen.Email, "Wrong-password-1")));
        var unknown = await CountPasswordChecksAsync(() => client.SubmitAsync("/Account/Login", Typed("nobody-there@example.uz", "Wrong-password-1")));

        known.ShouldBe(1);
        unknown.ShouldBe(known);
    }

    // Identity's own meter counts each password it checks against a hash, in this portal's container only.
    private async Task<int> CountPasswordChecksAsync(Func<Task<HttpResponseMessage>> act)
    {
        var meters = Fixture.Factory.Services.GetRequiredService<IMeterFactory>();
        var checks = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "aspnetcore.identity.user.check_password_attempts" && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref checks, (int)value));
        listener.Start();
        using var response = await act();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return checks;
    }
}
