using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 12's registration at a branch: the officer registers a citizen with the code read out, fills the personal
/// details with them, and the citizen, signed in, sees what was entered and by whom.
/// </summary>
public sealed class AssistedRegistrationJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    private static readonly Guid SamarkandBranch = new("00000000-0000-0000-0001-000000000010");

    /// <summary>A page of one registration, whatever its id and query string.</summary>
    private static Regex AtRecord(string path) => new($"^https?://[^/]+{Regex.Escape(path)}[0-9a-f-]{{36}}(\\?.*)?$");

    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Officer_registers_a_citizen_fills_the_personal_details_and_the_citizen_sees_them_marked(string viewport)
    {
        var officerUser = await Fixture.CreateUserAsync(UserKind.Officer, unitId: SamarkandBranch);
        var phone = RandomUzbekMobile();
        UzbekPhoneNumber.TryNormalize(phone, out var compact);
        var district = await CitizenData.DistrictOfAsync(Fixture, 10);
        await using var officer = await Journey.StartAsync(Fixture, "Assisted registration (officer)", Viewport.Named(viewport));
        var page = officer.Page;

        await SignInAsync(officer, officerUser, "/Agency", "officer-signed-in");
        await officer.GotoAsync("/Agency/Assisted", "list-empty");
        await officer.ClickAndArriveAsync(page.Locator("[data-testid=new-assisted]"), At("/Agency/Assisted/New"), "new");
        await page.Locator("#Input_FullName").FillAsync("Bahodir Qodirov");
        await page.Locator("#Input_Phone").FillAsync(phone);
        await officer.ClickAndArriveAsync(page.Locator("[data-testid=send-code]"), At("/Agency/Assisted/New"), "code-step");
        await Expect(page.Locator("[data-testid=code-sent]")).ToContainTextAsync(Fixture.Text("Assisted.New.CodeSent"));
        await page.Locator("#Input_Code").FillAsync(await Fixture.LatestCodeAsync(compact));
        await page.Locator("#consent-Code").CheckAsync();
        await officer.ClickAndArriveAsync(page.Locator("[data-testid=register]"), AtRecord("/Agency/Assisted/View/"), "registered");
        await Expect(page.Locator("[data-testid=registered]")).ToBeVisibleAsync();
        var record = new Uri(page.Url).AbsolutePath;
        await officer.ClickAndArriveAsync(page.Locator("[data-testid=fill-personal]"), AtRecord("/Agency/Assisted/Personal/"), "personal");
        await page.Locator("#Input_LastName").FillAsync("Qodirov");
        await page.Locator("#Input_FirstName").FillAsync("Bahodir");
        await page.Locator("#Input_BirthDate").FillAsync(CitizenData.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_Sex").SelectOptionAsync(new SelectOptionValue { Value = "Male" });
        await page.Locator("#Input_Pinfl").FillAsync(CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 412));
        await page.Locator("#Input_DistrictId").SelectOptionAsync(new SelectOptionValue { Value = district.ToString(CultureInfo.InvariantCulture) });
        await officer.ClickAndArriveAsync(page.Locator("[data-testid=save]"), AtRecord("/Agency/Assisted/View/"), "personal-saved");
        await Expect(page.Locator("[data-testid=assisted-marks] li")).ToHaveCountAsync(2);
        await officer.GotoAsync("/Agency/Assisted", "list");
        await Expect(page.Locator("[data-testid=assisted-list] li")).ToHaveCountAsync(1);

        // The citizen takes the account over (the password set here as recovery by SMS would set it) and reads the marks.
        var citizenId = await Fixture.WithDbAsync(db => db.Users.Where(u => u.PhoneNumber == compact).Select(u => u.Id).SingleAsync());
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            (await users.AddPasswordAsync((await users.FindByIdAsync(citizenId.ToString()))!, PortalFixture.Password)).Succeeded.ShouldBeTrue();
        }

        await using var citizen = await Journey.StartAsync(Fixture, "Assisted registration (citizen)", Viewport.Named(viewport));
        await SignInAsync(citizen, phone, PortalFixture.Password, "/Citizen", "citizen-home");
        await Expect(citizen.Page.Locator("[data-testid=assisted] [data-testid=assisted-marks] li")).ToHaveCountAsync(2);
        await Expect(citizen.Page.Locator("[data-testid=assisted]")).ToContainTextAsync(officerUser.AccountKind.ToString());

        await officer.GotoAsync(record, "taken-over");
        await Expect(page.Locator("[data-testid=taken-over]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=fill-personal]")).ToHaveCountAsync(0);
    }
}
