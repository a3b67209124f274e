using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

public sealed class OneIdJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task A_citizen_signs_in_with_OneID_and_finds_the_name_birth_date_and_PINFL_from_OneID_locked(string viewport)
    {
        var birth = new DateOnly(1996, 2, 9);
        var pinfl = ProfileArrangement.PinflFor(birth, Sex.Female, 811);
        var phone = RandomUzbekMobile().Replace(" ", "", StringComparison.Ordinal);
        Fixture.OneId.WillSignIn(new OneIdPerson($"oneid-e2e-{UniqueSuffix()}", pinfl, "YO‘LDOSHEVA", "MALIKA", "BAXTIYOR QIZI", "1996-02-09", phone, PhoneVerified: true));
        await using var journey = await Journey.StartAsync(Fixture, nameof(A_citizen_signs_in_with_OneID_and_finds_the_name_birth_date_and_PINFL_from_OneID_locked), Viewport.Named(viewport));
        var page = journey.Page;

        await journey.GotoAsync("/Account/Login", "login");
        var button = page.Locator("[data-testid=oneid] a");
        await Expect(button).ToHaveTextAsync(Fixture.Text("OneId.SignIn"));

        // To OneID (the local provider answers at once), back through the callback, and home.
        await journey.ClickAndArriveAsync(button, At("/Citizen"), "signed-in");
        await Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("MALIKA YO‘LDOSHEVA");

        await journey.GotoAsync("/Citizen/Profile/Personal", "personal");
        await Expect(page.Locator("[data-testid=locked-last-name]")).ToHaveTextAsync("YO‘LDOSHEVA");
        await Expect(page.Locator("[data-testid=locked-birth-date]")).ToHaveTextAsync("09.02.1996");
        await Expect(page.Locator("[data-testid=identity-correction]")).ToHaveTextAsync(Fixture.Text("Profile.IdentityCorrection"));
        await Expect(page.Locator("#Input_LastName")).ToHaveCountAsync(0);
        // The number OneID vouched for is offered; it and the district stay the citizen's to change.
        await Expect(page.Locator("#Input_Phone")).ToHaveValueAsync(phone);
        await Expect(page.Locator("#Input_Phone")).ToBeEditableAsync();
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync())).IdentitySource.ShouldBe("OneID");
    }

    [Fact]
    public async Task A_OneID_sign_in_with_a_PINFL_someone_typed_into_an_unverified_profile_shows_the_way_out_and_opens_nothing()
    {
        var arranged = await new ProfileArrangement(Fixture).SubmittedInSamarkandAsync();
        Fixture.OneId.WillSignIn(new OneIdPerson($"oneid-e2e-{UniqueSuffix()}", arranged.Pinfl, "KARIMOV", "JASUR"));
        await using var journey = await Journey.StartAsync(Fixture, nameof(A_OneID_sign_in_with_a_PINFL_someone_typed_into_an_unverified_profile_shows_the_way_out_and_opens_nothing), Viewport.Phone);
        var page = journey.Page;

        await journey.GotoAsync("/Account/Register", "register");
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=oneid] a"), At("/Account/OneId"), "refused");

        await Expect(page.Locator("[data-testid=pinfl-held]")).ToContainTextAsync(Fixture.Text("OneId.PinflHeld.Branch"));
        await Expect(page.Locator("[data-testid=user-name]")).ToHaveCountAsync(0);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
        await journey.ClickAndArriveAsync(page.GetByRole(AriaRole.Link, new() { Name = Fixture.Text("OneId.BranchAddresses") }), At("/Contact"), "branches");
    }
}
