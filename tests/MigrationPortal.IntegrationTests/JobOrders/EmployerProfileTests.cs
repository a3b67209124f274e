using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>The employer keeps its own public profile, and only its own.</summary>
public sealed class EmployerProfileTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task An_employer_saves_its_public_profile_and_a_website_that_is_no_web_address_is_refused()
    {
        var employerA = await Fixture.CreateEmployerAsync("Employer A");
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employerA));

        var refused = await client.SubmitAndReadAsync("/Employer/Profile", new Dictionary<string, string?> { ["Input.Website"] = "javascript:alert(1)", ["Input.City"] = "Ulsan" });
        refused.FieldErrors("Input.Website").ShouldBe([Fixture.FieldMessage(ErrorCodes.WebsiteUrl, "Website")]);
        (await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == employerA))).City.ShouldBeNull();

        using var saved = await client.SubmitAsync("/Employer/Profile", new Dictionary<string, string?>
        {
            ["Input.Description"] = "Kemasozlik zavodi",
            ["Input.City"] = "Ulsan",
            ["Input.Sector"] = "Kemasozlik",
            ["Input.Website"] = "https://hhi.example.com",
            ["Input.Id"] = employerB.ToString(),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync("/Employer/Profile?saved=true");
        page.QuerySelector("[data-testid=saved]").ShouldNotBeNull();
        page.QuerySelector("#Input_Website")!.GetAttribute("value").ShouldBe("https://hhi.example.com");
        var employers = await Fixture.WithDbAsync(db => db.Employers.AsNoTracking().ToDictionaryAsync(e => e.Id));
        employers[employerA].City.ShouldBe("Ulsan");
        employers[employerB].City.ShouldBeNull();
        employers[employerB].Description.ShouldBeNull();
    }
}
