using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

public sealed class CitizenJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Citizen_registers_signs_in_and_switches_language(string viewport)
    {
        var run = UniqueSuffix();
        var fullName = $"Dilnoza Karimova {run}";
        var email = $"dilnoza.{run}@example.uz";
        var phone = RandomUzbekMobile();
        const string password = "Kuchli-parol-2025";
        await using var journey = await Journey.StartAsync(Fixture, nameof(Citizen_registers_signs_in_and_switches_language), Viewport.Named(viewport));
        var page = journey.Page;
        var html = page.Locator("html");
        var userName = page.Locator("[data-testid=user-name]");

        // The browser asks for Uzbek: the portal opens in Uzbek (Latin), the site's Uzbek, until the visitor chooses.
        await journey.GotoAsync("/", "home");
        await Expect(html).ToHaveAttributeAsync("lang", "uz-Latn");

        await journey.ClickAndArriveAsync(page.Locator("main a[href='/Account/Register']"), At("/Account/Register"), "register");
        await page.Locator("#Input_FullName").FillAsync(fullName);
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Phone").FillAsync(phone);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#Input_ConfirmPassword").FillAsync(password);
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Account/ConfirmPhone"), "confirm-phone");

        // The code comes by SMS (the portal's pickup folder here); the number is already filled in.
        await Expect(page.Locator("#Input_Phone")).ToHaveValueAsync(phone);
        await page.Locator("#Input_Code").FillAsync(await Fixture.LatestCodeAsync(phone.Replace(" ", "", StringComparison.Ordinal)));
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Citizen"), "registered");
        await Expect(userName).ToHaveTextAsync(fullName);

        await SignOutAsync(journey, "signed-out");
        await Expect(userName).ToHaveCountAsync(0);

        // Back in with the phone number, written as at home: no +998, no spaces.
        await journey.ClickAndArriveAsync(page.Locator("main a[href='/Account/Login']"), At("/Account/Login"), "sign-in");
        await SignInAsync(journey, phone[5..].Replace(" ", "", StringComparison.Ordinal), password, "/Citizen", "signed-in-by-phone");
        await Expect(userName).ToHaveTextAsync(fullName);

        var languages = page.Locator("details.lang-menu");
        await languages.Locator("summary").ClickAsync();
        await Expect(languages.Locator("a[hreflang=ru]")).ToBeVisibleAsync();
        await journey.ClickAndArriveAsync(languages.Locator("a[hreflang=ru]"), At("/Citizen"), "russian");
        await Expect(html).ToHaveAttributeAsync("lang", "ru");
        await Expect(languages.Locator("a[hreflang=ru]")).ToHaveAttributeAsync("aria-current", "true");
        await ExpectRussianHeadingAsync(journey);

        // The choice is remembered: the next page, without ?culture=, is Russian too.
        await journey.GotoAsync("/Citizen", "russian-remembered");
        await Expect(html).ToHaveAttributeAsync("lang", "ru");
        await ExpectRussianHeadingAsync(journey);
        await Expect(userName).ToHaveTextAsync(fullName);
    }

    [Fact]
    public async Task Citizen_with_only_a_phone_registers_forgets_the_password_and_recovers_it_by_sms()
    {
        var run = UniqueSuffix();
        var fullName = $"Jasur Toshmatov {run}";
        var phone = RandomUzbekMobile();
        var compact = phone.Replace(" ", "", StringComparison.Ordinal);
        const string password = "Birinchi-parol-2026";
        const string newPassword = "Yangi-parol-2026";
        await using var journey = await Journey.StartAsync(Fixture, nameof(Citizen_with_only_a_phone_registers_forgets_the_password_and_recovers_it_by_sms), Viewport.Named(Viewport.PhoneName));
        var page = journey.Page;
        var userName = page.Locator("[data-testid=user-name]");

        await journey.GotoAsync("/Account/Register", "register");
        await page.Locator("#Input_FullName").FillAsync(fullName);
        await page.Locator("#Input_Phone").FillAsync(phone);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#Input_ConfirmPassword").FillAsync(password);
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Account/ConfirmPhone"), "confirm-phone");
        await page.Locator("#Input_Code").FillAsync(await Fixture.LatestCodeAsync(compact));
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Citizen"), "registered");
        await Expect(userName).ToHaveTextAsync(fullName);
        await SignOutAsync(journey, "signed-out");

        // Forgotten: the phone number brings a code by SMS, and the code sets the new password.
        await journey.GotoAsync("/Account/Login", "sign-in");
        await journey.ClickAndArriveAsync(page.Locator("main a[href='/Account/ForgotPassword']"), At("/Account/ForgotPassword"), "forgot");
        await page.Locator("#Input_Login").FillAsync(phone);
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Account/ResetPasswordByCode"), "reset-by-code");
        await Expect(page.Locator("#Input_Phone")).ToHaveValueAsync(phone);
        await page.Locator("#Input_Code").FillAsync(await Fixture.LatestCodeAsync(compact));
        await page.Locator("#Input_Password").FillAsync(newPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(newPassword);
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Account/Login"), "password-reset");
        await Expect(page.Locator("main .alert-success")).ToBeVisibleAsync();

        await SignInAsync(journey, compact, newPassword, "/Citizen", "signed-in-with-new-password");
        await Expect(userName).ToHaveTextAsync(fullName);
    }

    private static async Task ExpectRussianHeadingAsync(Journey journey)
    {
        // The citizen's page title, as the portal's Russian resources spell it.
        var russian = PortalTexts.Find("ru", "Citizen.Title");
        russian.ShouldNotBeNullOrWhiteSpace($"{PortalTexts.FileOf("ru")} should hold Citizen.Title");
        await Expect(journey.Page.Locator("main h1")).ToHaveTextAsync(russian);
    }
}
