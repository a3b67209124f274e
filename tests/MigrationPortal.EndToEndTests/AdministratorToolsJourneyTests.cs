using System.Text.RegularExpressions;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>The administrator corrects a minimum wage, reads its history, and opens a staff account to change it (issue 11).</summary>
public sealed class AdministratorToolsJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Administrator_corrects_a_minimum_wage_sees_its_history_and_opens_a_staff_account_to_edit(string viewport)
    {
        var run = UniqueSuffix();
        var validFrom = new DateOnly(2001, 1, 1).AddDays(Random.Shared.Next(0, 8000));
        var wageId = await Fixture.WithDbAsync(async db =>
        {
            var wage = new MinimumWage("JP", validFrom, 180_000m, "JPY", $"Prefectural minimum wage {run}");
            db.MinimumWages.Add(wage);
            await db.SaveChangesAsync();
            return wage.Id;
        });
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: new Guid("00000000-0000-0000-0001-000000000010"));
        var admin = await Fixture.CreateUserAsync(UserKind.Administrator);
        await using var journey = await Journey.StartAsync(Fixture, nameof(Administrator_corrects_a_minimum_wage_sees_its_history_and_opens_a_staff_account_to_edit), Viewport.Named(viewport));
        var page = journey.Page;

        await SignInAsync(journey, admin, "/Admin", "admin-signed-in");
        await journey.GotoAsync($"/Admin/MinimumWages/Edit/{wageId}", "minimum-wage-entry");
        await page.Locator("#Input_MonthlyAmount").FillAsync("186000");
        await page.Locator("#Input_Reason").FillAsync($"Prefectural notice {run}: 186,000 yen");
        await journey.ClickAndArriveAsync(page.Locator("#correct-form button[type=submit]"), new Regex($@"/Admin/MinimumWages/Edit/{wageId}\?saved=true$"), "minimum-wage-corrected");
        await Expect(page.Locator("[data-testid=history-entry]")).ToContainTextAsync($"Prefectural notice {run}");

        await journey.GotoAsync($"/Admin/MinimumWages/Retire/{wageId}", "minimum-wage-retire");
        await journey.GotoAsync($"/Admin/Accounts/Edit/{officer.Id}", "account-edit");
        await Expect(page.Locator("#Input_UnitId")).ToBeVisibleAsync();
    }
}
