using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Email;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

public sealed partial class SignInTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string?> Credentials(string login, string password) => new()
    {
        ["Input.Login"] = login,
        ["Input.Password"] = password,
    };

    // Staff roles land after the code step: TwoFactorSignInTests.
    [Theory]
    [InlineData(UserKind.Citizen, "/Citizen")]
    [InlineData(UserKind.EmployerStaff, "/Employer")]
    public async Task Each_role_without_a_second_factor_lands_in_its_own_area(UserKind kind, string area)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Daesung Construction") : (Guid?)null;
        var unit = kind is UserKind.Officer or UserKind.Supervisor ? Infrastructure.Persistence.Seed.ReferenceData.TerritorialBranchId(10) : (Guid?)null;
        var user = await Fixture.CreateUserAsync(kind, organization, unit);

        using var response = await Fixture.CreateClient().SubmitAsync("/Account/Login", Credentials(user.Email, user.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(area);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);

        using var response = await Fixture.CreateClient().SubmitAsync("/Account/Login?culture=en", Credentials(user.Email, "Wrong-password-1"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).SummaryErrors().ShouldNotBeEmpty();
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("mp.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(user);

        using var signedOut = await client.SubmitAsync("/Account/Logout", new Dictionary<string, string?>());
        using var after = await client.Http.GetAsync(new Uri("/Citizen", UriKind.Relative));

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Forgotten_password_is_reset_through_an_emailed_link_that_works_once()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = Fixture.CreateClient();

        using var requested = await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = user.Email });
        requested.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == user.Email).Select(e => e.TextBody).SingleAsync());
        var link = new Uri(ResetLink().Match(body).Value);
        var resetPage = link.PathAndQuery;

        using var reset = await client.SubmitAsync(resetPage, new Dictionary<string, string?>
        {
            ["Input.Password"] = "Brand-new-pass-7",
            ["Input.ConfirmPassword"] = "Brand-new-pass-7",
        });
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var withNew = await Fixture.CreateClient().SubmitAsync("/Account/Login", Credentials(user.Email, "Brand-new-pass-7"));
        withNew.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await client.SubmitAndReadAsync(resetPage, new Dictionary<string, string?>
        {
            ["Input.Password"] = "Another-pass-8",
            ["Input.ConfirmPassword"] = "Another-pass-8",
        });
        again.FieldErrors("Input.Token").ShouldBeEmpty();
        again.QuerySelector(".alert-danger").ShouldNotBeNull();
    }

    [Fact]
    public async Task Forgot_password_for_an_unknown_email_answers_the_same_and_sends_nothing()
    {
        using var response = await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = "nobody@example.uz" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Outbox_writes_queued_mail_to_the_pickup_folder_and_marks_it_sent()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        using (await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = user.Email }))
        {
        }

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        sent.ShouldBe(1);
        var file = Directory.GetFiles(Fixture.MailDirectory, "*.eml").ShouldHaveSingleItem();
        (await File.ReadAllTextAsync(file)).ShouldContain(user.Email);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.SingleAsync())).SentAt.ShouldNotBeNull();
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\S+")]
    private static partial Regex ResetLink();
}
