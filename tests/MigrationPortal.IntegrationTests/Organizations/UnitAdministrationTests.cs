using System.Net;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Organizations;

/// <summary>The administrators' list of units: who works where, and where citizens wait with nobody to verify them.</summary>
public sealed class UnitAdministrationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);

    [Fact]
    public async Task A_unit_with_citizens_waiting_and_no_officer_is_flagged_and_one_with_an_officer_is_not()
    {
        await _profiles.SubmittedInSamarkandAsync();
        await _profiles.SubmittedInSamarkandAsync();
        await _profiles.SubmittedInTashkentCityAsync();
        await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.TashkentCityUnit);
        await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.SamarkandUnit);
        var admin = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

        var page = await admin.GetPageAsync("/Admin/Units?culture=en");

        var rows = page.QuerySelectorAll("[data-testid=unit]");
        var samarkand = rows.Single(r => r.TextContent.Contains("Samarkand Regional Branch", StringComparison.Ordinal));
        samarkand.QuerySelector("[data-testid=waiting]")!.TextContent.ShouldBe("2");
        samarkand.QuerySelector("[data-testid=staff-count]")!.TextContent.ShouldBe("1");
        samarkand.QuerySelector("[data-testid=needs-officer]").ShouldNotBeNull();
        var tashkent = rows.Single(r => r.TextContent.Contains("Tashkent City Branch", StringComparison.Ordinal));
        tashkent.QuerySelector("[data-testid=waiting]")!.TextContent.ShouldBe("1");
        tashkent.QuerySelector("[data-testid=needs-officer]").ShouldBeNull();
        page.QuerySelectorAll("[data-testid=needs-officer]").ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(UserKind.Supervisor)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task A_non_administrator_is_refused_the_units_list(UserKind kind)
    {
        var employer = kind == UserKind.EmployerAdmin ? await Fixture.CreateEmployerAsync("Hanil Test") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, employer, kind == UserKind.Supervisor ? ProfileArrangement.SamarkandUnit : null));

        await client.GetPageAsync("/Admin/Units", HttpStatusCode.Forbidden);
    }
}
