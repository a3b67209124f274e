using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

public sealed class RegistrationValidationTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public async Task Bad_registration_input_shows_a_clear_message_and_stores_nothing()
    {
        var fullName = $"Bekzod Tursunov {UniqueSuffix()}";
        await using var journey = await Journey.StartAsync(Fixture, nameof(Bad_registration_input_shows_a_clear_message_and_stores_nothing), Viewport.Phone);
        var page = journey.Page;

        await journey.GotoAsync("/Account/Register", "register");
        await page.Locator("#Input_FullName").FillAsync(fullName);
        await page.Locator("#Input_Phone").FillAsync("12345");
        await page.Locator("#Input_Password").FillAsync("short1");
        await page.Locator("#Input_ConfirmPassword").FillAsync("short1");
        await journey.ClickAndArriveAsync(SubmitButton(page), At("/Account/Register"), "refused");

        // Each message sits under its own field, is tied to it for screen readers, and the typed name is kept.
        foreach (var field in new[] { "Input_Phone", "Input_Password" })
        {
            var error = page.Locator($"#{field}-error");
            await Expect(error).ToBeVisibleAsync();
            await Expect(error).Not.ToBeEmptyAsync();
            await Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            (await page.Locator($"#{field}").GetAttributeAsync("aria-describedby") ?? "").Split(' ').ShouldContain($"{field}-error");
        }

        await Expect(page.Locator("#Input_FullName")).ToHaveValueAsync(fullName);
        await Expect(page.Locator("#Input_FullName-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=user-name]")).ToHaveCountAsync(0);

        var stored = await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.FullName == fullName));
        stored.ShouldBe(0);
    }
}
