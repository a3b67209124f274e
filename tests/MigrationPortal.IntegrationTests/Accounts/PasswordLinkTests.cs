using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Email;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>Password links are an account's keys: they go only to the portal's own address and do not outlive their use.</summary>
public sealed partial class PasswordLinkTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task A_forged_Host_header_does_not_send_the_victims_reset_link_to_the_attacker()
    {
        var victim = await Fixture.CreateUserAsync(UserKind.Administrator);
        var attacker = new PortalClient(Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://evil.example"),
            AllowAutoRedirect = false,
        }));

        using var response = await attacker.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = victim.Email });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == victim.Email).Select(e => e.TextBody).SingleAsync());
        body.ShouldNotContain("evil.example");
        Links().Matches(body).Select(m => m.Value).ShouldAllBe(link => link.StartsWith(PortalFactory.PublicBaseUrl + "/", StringComparison.Ordinal));
        body.ShouldContain(PortalFactory.PublicBaseUrl + "/Account/ResetPassword?userId=");
    }

    [Fact]
    public async Task A_staff_invitation_made_behind_a_forged_Host_links_to_the_portal_itself()
    {
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        var client = new PortalClient(Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://evil.example"),
            AllowAutoRedirect = false,
        }));
        await client.SignInAsync(admin);

        using var created = await client.SubmitAsync("/Admin/Accounts/Create", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Olim Karimov",
            ["Input.Email"] = "olim.karimov@agency.example",
            ["Input.Kind"] = nameof(UserKind.Officer),
            ["Input.UnitId"] = Infrastructure.Persistence.Seed.ReferenceData.TerritorialBranchId(10).ToString(),
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == "olim.karimov@agency.example").Select(e => e.TextBody).SingleAsync());
        body.ShouldNotContain("evil.example");
        body.ShouldContain(PortalFactory.PublicBaseUrl + "/Account/ResetPassword?userId=");
    }

    [Fact]
    public async Task A_reset_link_lives_hours_and_an_invitation_days()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var reset = scope.ServiceProvider.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value;
        var invitation = scope.ServiceProvider.GetRequiredService<IOptions<Infrastructure.Identity.InvitationTokenProviderOptions>>().Value;

        reset.TokenLifespan.ShouldBeLessThanOrEqualTo(TimeSpan.FromHours(4));
        invitation.TokenLifespan.ShouldBeGreaterThan(TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_reset_link_is_not_an_invitation_and_an_invitation_is_not_a_reset_of_another_account()
    {
        var first = await Fixture.CreateUserAsync(UserKind.Citizen);
        var second = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = Fixture.CreateClient();
        using (await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = first.Email }))
        {
        }

        var body = await Fixture.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == first.Email).Select(e => e.TextBody).SingleAsync());
        var token = Uri.UnescapeDataString(Regex.Match(body, "token=([^\\s&]+)").Groups[1].Value);

        // The first account's token, offered for the second account, changes nothing.
        var page = await client.SubmitAndReadAsync($"/Account/ResetPassword?userId={second.Id}&token={Uri.EscapeDataString(token)}", new Dictionary<string, string?>
        {
            ["Input.Password"] = "Brand-new-pass-7",
            ["Input.ConfirmPassword"] = "Brand-new-pass-7",
        });

        page.QuerySelector(".alert-danger").ShouldNotBeNull();
        using var oldPassword = await Fixture.CreateClient().SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Login"] = second.Email, ["Input.Password"] = second.Password });
        oldPassword.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_sent_email_no_longer_holds_its_link_in_the_outbox()
    {
        var user = await Fixture.CreateUserAsync(UserKind.Citizen);
        using (await Fixture.CreateClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Login"] = user.Email }))
        {
        }

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None)).ShouldBe(1);

        var stored = await Fixture.WithDbAsync(db => db.OutboxEmails.SingleAsync());
        stored.SentAt.ShouldNotBeNull();
        stored.TextBody.ShouldNotContain("ResetPassword");
        stored.TextBody.ShouldNotContain("token");
        (await File.ReadAllTextAsync(Directory.GetFiles(Fixture.MailDirectory, "*.eml").ShouldHaveSingleItem())).ShouldContain("ResetPassword");
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex Links();
}
