using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>What an attacker types that no form expects: control characters, and a foreign id with a broken form.</summary>
public sealed class HostileInputTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly Guid RussiaOffice = new("00000000-0000-0000-0002-000000000001");

    [Theory]
    [InlineData("/Vacancies?q=svar%00shik")]
    [InlineData("/Vacancies?country=K%00R")]
    [InlineData("/Vacancies?language=ko%00")]
    [InlineData("/Vacancies?q=%01%02")]
    [InlineData("/Vacancies/%01")]
    public async Task A_control_character_in_the_address_gets_the_localized_400_page(string url)
    {
        var page = await Fixture.CreateClient().GetPageAsync(url, HttpStatusCode.BadRequest);

        page.QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.400.Title"));
        page.Body!.TextContent.ShouldNotContain("Npgsql");
    }

    [Fact]
    public async Task Text_in_any_of_the_portals_languages_with_line_breaks_is_not_refused()
    {
        var page = await Fixture.CreateClient().GetPageAsync("/Vacancies?q=" + Uri.EscapeDataString("O‘zbekiston Ўзбекистон сварщик\r\n\tkorean"));

        page.QuerySelector("h1").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_NUL_in_the_login_name_is_refused_with_the_400_page()
    {
        using var response = await Fixture.CreateClient().SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Login"] = "admin\0@demo.migration.uz",
            ["Input.Password"] = "Whatever-pass-1",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.400.Title"));
    }

    [Fact]
    public async Task A_NUL_in_a_registration_field_stores_nothing()
    {
        using var response = await Fixture.CreateClient().SubmitAsync("/Account/Register", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Ali\0 Valiyev",
            ["Input.Email"] = "ali.valiyev@example.uz",
            ["Input.Password"] = "Strong-pass-2026",
            ["Input.ConfirmPassword"] = "Strong-pass-2026",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Employer_B_sending_As_order_id_with_a_broken_form_gets_404_not_500()
    {
        var (orderOfA, clientB) = await OrderOfAnotherEmployerAsync();

        using var edit = await clientB.PostAsync($"/Employer/JobOrders/Edit/{orderOfA}", new Dictionary<string, string> { ["Input.Positions"] = "many" }, "/Employer/JobOrders");
        using var contract = await clientB.PostAsync($"/Employer/Candidates/{orderOfA}?handler=Contract", new Dictionary<string, string> { ["Input.Version"] = "latest" }, "/Employer/JobOrders");

        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        contract.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_sending_another_units_profile_or_order_with_a_broken_form_gets_404_not_500()
    {
        var profile = await new ProfileArrangement(Fixture).SubmittedInTashkentCityAsync();
        var (orderInKorea, _) = await OrderOfAnotherEmployerAsync();
        var samarkand = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));
        var russiaOffice = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: RussiaOffice));

        using var review = await samarkand.PostAsync($"/Agency/Profiles/Review/{profile.Id}?handler=Return", new Dictionary<string, string> { ["Input.Version"] = "latest" }, "/Agency");
        using var pipeline = await russiaOffice.PostAsync($"/Agency/JobOrders/Pipeline/{orderInKorea}", new Dictionary<string, string> { ["Input.Version"] = "latest" }, "/Agency");

        review.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pipeline.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Guid Order, PortalClient ClientB)> OrderOfAnotherEmployerAsync()
    {
        var employerA = await Fixture.CreateEmployerAsync("Employer A");
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var userA = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerA);
        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor);
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerA, userA.Id, supervisor.Id);
        var clientB = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerB));
        return (order, clientB);
    }
}
