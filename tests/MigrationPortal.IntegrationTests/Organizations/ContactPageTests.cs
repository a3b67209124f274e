using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Organizations;

/// <summary>The public contact page shows what administrators keep on the units; every page's footer leads to it.</summary>
public sealed class ContactPageTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string?> SamarkandForm(string phone, string hours) => new()
    {
        ["Input.Kind"] = "TerritorialBranch",
        ["Input.NameUzLatn"] = "Samarqand viloyati hududiy boshqarmasi",
        ["Input.NameUzCyrl"] = "Самарқанд вилояти ҳудудий бошқармаси",
        ["Input.NameRu"] = "Территориальное управление Самаркандской области",
        ["Input.NameEn"] = "Samarkand Regional Branch",
        ["Input.RegionId"] = "10",
        ["Input.IsActive"] = "true",
        ["Input.Address"] = "Samarqand sh., Registon ko‘chasi, 52",
        ["Input.Phone"] = phone,
        ["Input.OpeningHours"] = hours,
    };

    private async Task<PortalClient> AdminAsync() =>
        await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

    [Fact]
    public async Task A_branchs_hours_an_administrator_edits_are_listed_on_the_public_contact_page()
    {
        using (var response = await (await AdminAsync()).SubmitAsync($"/Admin/Units/Edit/{ProfileArrangement.SamarkandUnit}", SamarkandForm("+998 66 233 45 67", "Du–Ju 9:00–17:00, shanba 9:00–13:00")))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = await Fixture.CreateClient().GetPageAsync("/Contact?culture=en");

        var samarkand = page.QuerySelectorAll("[data-testid=contact-unit]").Single(u => u.TextContent.Contains("Samarkand Regional Branch", StringComparison.Ordinal));
        samarkand.QuerySelector("[data-testid=opening-hours]")!.TextContent.ShouldBe("Du–Ju 9:00–17:00, shanba 9:00–13:00");
        samarkand.TextContent.ShouldContain("Registon ko‘chasi, 52");
        samarkand.QuerySelector("a[href='tel:+998662334567']")!.TextContent.ShouldBe("+998 66 233 45 67");
        page.QuerySelector("#centers-heading")!.ParentElement!.TextContent.ShouldContain("Ishga Marhamat");
        page.QuerySelector("[data-testid=hotline]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_unit_phone_without_a_country_code_is_refused_and_the_contact_details_stay_empty()
    {
        var page = await (await AdminAsync()).SubmitAndReadAsync($"/Admin/Units/Edit/{ProfileArrangement.SamarkandUnit}?culture=en", SamarkandForm("66 233 45 67", "Du–Ju 9:00–18:00"));

        page.FieldErrors("Input.Phone").ShouldHaveSingleItem().ShouldContain("country code");
        var unit = await Fixture.WithDbAsync(db => db.AgencyUnits.SingleAsync(u => u.Id == ProfileArrangement.SamarkandUnit));
        unit.OpeningHours.ShouldBeNull();
        unit.Address.ShouldBeNull();
    }

    [Fact]
    public async Task The_footer_links_to_the_contact_page_on_a_public_page_and_a_signed_in_page()
    {
        var visitorHome = await Fixture.CreateClient().GetPageAsync("/");
        var citizen = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        var citizenPage = await citizen.GetPageAsync("/Citizen/Applications");

        foreach (var page in new[] { visitorHome, citizenPage })
        {
            page.QuerySelector("footer a[data-testid=footer-contact]")!.GetAttribute("href").ShouldBe("/Contact");
        }

        visitorHome.QuerySelector("main a[data-testid=home-contact]")!.GetAttribute("href").ShouldBe("/Contact");
    }
}
