using System.Net;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>A supervisor's view of the verification work across units.</summary>
public sealed class WorkloadTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);

    [Fact]
    public async Task Supervisor_sees_what_waits_in_each_unit_and_what_each_officer_decided()
    {
        var oldestAt = DateTimeOffset.UtcNow.AddDays(-6);
        await _profiles.SubmittedInSamarkandAsync(oldestAt);
        await _profiles.SubmittedInSamarkandAsync(DateTimeOffset.UtcNow.AddDays(-2));
        var verified = await _profiles.SubmittedInSamarkandAsync(DateTimeOffset.UtcNow.AddDays(-3));
        var returned = await _profiles.SubmittedInTashkentCityAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        await _profiles.VerifyAsync(verified, officer.Id);
        await _profiles.ReturnAsync(returned, officer.Id, ProfileSection.Documents, "Pasport nusxasi xira.");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        var page = await client.GetPageAsync("/Agency/Workload?culture=en");

        var samarkand = page.QuerySelectorAll("[data-testid=unit-row]").Single(r => r.TextContent.Contains("Samarkand Regional Branch", StringComparison.Ordinal));
        samarkand.QuerySelector("[data-testid=waiting]")!.TextContent.ShouldBe("2");
        samarkand.TextContent.ShouldContain(oldestAt.ToOffset(TimeSpan.FromHours(5)).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en")));
        var row = page.QuerySelectorAll("[data-testid=officer-row]").ShouldHaveSingleItem();
        row.TextContent.ShouldContain("Samarkand Regional Branch");
        row.QuerySelector("[data-testid=verified]")!.TextContent.ShouldBe("1");
        row.QuerySelector("[data-testid=returned]")!.TextContent.ShouldBe("1");
    }

    [Fact]
    public async Task An_officer_is_refused_the_workload_page()
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));

        await client.GetPageAsync("/Agency/Workload", HttpStatusCode.Forbidden);
    }
}
