using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

public sealed partial class EmployerOnboardingTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Administrator_creates_an_employer_and_its_user_who_sees_only_their_organization(string viewport)
    {
        var run = UniqueSuffix();
        var legalName = $"Hanil Precision Co {run}";
        var otherEmployer = $"Busan Shipyards {run}";
        var staffName = $"Kim Min-jun {run}";
        var staffEmail = $"minjun.{run}@hanil.example";
        const string staffPassword = "Birinchi-parol-77";
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        await Fixture.CreateEmployerAsync(otherEmployer);
        await using var journey = await Journey.StartAsync(Fixture, nameof(Administrator_creates_an_employer_and_its_user_who_sees_only_their_organization), Viewport.Named(viewport));
        var page = journey.Page;

        await SignInAsync(journey, admin, "/Admin", "admin-signed-in");

        await journey.GotoAsync("/Admin/Employers/Create", "employer-form");
        await page.Locator("#Input_LegalName").FillAsync(legalName);
        await page.Locator("#Input_CountryCode").SelectOptionAsync(new SelectOptionValue { Value = "KR" });
        await page.Locator("#Input_RegistrationNumber").FillAsync($"110111-{run}");
        await page.Locator("#Input_AgreementNumber").FillAsync($"UZ-KR-2025/{run}");
        await page.Locator("#Input_AgreementValidFrom").FillAsync("2025-01-01");
        await page.Locator("#Input_AgreementValidTo").FillAsync("2028-12-31");
        await page.Locator("#Input_ContactName").FillAsync("Park Ji-hoon");
        await page.Locator("#Input_ContactEmail").FillAsync($"hr.{run}@hanil.example");
        await journey.ClickAndArriveAsync(SubmitButton(page), EmployerEditPage(), "employer-saved");
        await Expect(page.Locator("main h1")).ToHaveTextAsync(legalName);
        await Expect(page.Locator("#Input_LegalName")).ToHaveValueAsync(legalName);

        await journey.GotoAsync("/Admin/Accounts/Create", "account-form");
        await page.Locator("#Input_FullName").FillAsync(staffName);
        await page.Locator("#Input_Email").FillAsync(staffEmail);
        await page.Locator("#Input_Kind").SelectOptionAsync(new SelectOptionValue { Value = nameof(UserKind.EmployerAdmin) });
        await page.Locator("#Input_EmployerId").SelectOptionAsync(new SelectOptionValue { Label = legalName });
        await journey.ClickAndArriveAsync(SubmitButton(page), new Regex(@"/Admin/Accounts\?created=true$"), "account-created");

        await SignOutAsync(journey, "admin-signed-out");

        // The invitation, as the new user would receive it: its link leads to choosing a first password.
        var invitation = await Fixture.WithDbAsync(db => db.OutboxEmails
            .Where(e => e.To == staffEmail)
            .OrderByDescending(e => e.CreatedAt)
            .FirstOrDefaultAsync());
        invitation.ShouldNotBeNull($"no invitation email queued for {staffEmail}");
        var link = ResetLink().Match(invitation.TextBody);
        link.Success.ShouldBeTrue($"the invitation has no link to /Account/ResetPassword: {invitation.TextBody}");
        var onThisServer = new Uri(Fixture.BaseAddress, new Uri(link.Value).PathAndQuery);
        await journey.GotoAsync(onThisServer.ToString(), "choose-password");
        await page.Locator("#Input_Password").FillAsync(staffPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(staffPassword);
        await journey.ClickAndArriveAsync(SubmitButton(page), new Regex(@"/Account/Login\?reset=true$", RegexOptions.IgnoreCase), "password-chosen");
        await Expect(page.Locator("main [role=status]")).ToBeVisibleAsync();

        // A new employer admin sets up the second factor before any other page (docs/design/quality.md, Identity).
        await SignInAsync(journey, staffEmail, staffPassword, "/Account/Authenticator", "second-factor-setup");
        await Expect(page.Locator("main img.qr-code")).ToBeVisibleAsync();
        var key = (await page.Locator("[data-testid=authenticator-key]").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#Input_Code").FillAsync(Totp.CurrentCode(key));
        await SubmitButton(page).ClickAsync();
        await Expect(page.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
        await journey.CheckAsync("second-factor-on");
        await journey.ClickAndArriveAsync(page.Locator("main a.btn-primary"), At("/Employer"), "employer-signed-in");
        await Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync(staffName);
        await Expect(page.Locator("[data-testid=organization-name]")).ToHaveTextAsync(legalName);
        await Expect(page.Locator("[data-testid=affiliation]")).ToHaveTextAsync(legalName);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(otherEmployer);

        await journey.ClickAndArriveAsync(page.Locator("nav a[href='/Employer/Worksites']"), At("/Employer/Worksites"), "worksites");
        await Expect(page.Locator("[data-testid=total]")).ToHaveTextAsync("0");
        await Expect(page.Locator("main .alert-info")).ToBeVisibleAsync();
        await Expect(page.Locator("main .list-group-item")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(otherEmployer);
    }

    private static Regex EmployerEditPage() =>
        new(@"/Admin/Employers/Edit/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\?saved=true$");

    [GeneratedRegex(@"https?://[^\s""'<>]+/Account/ResetPassword\?[^\s""'<>]+")]
    private static partial Regex ResetLink();
}
