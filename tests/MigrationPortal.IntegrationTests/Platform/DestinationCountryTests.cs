using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>Every form that asks for a destination offers the countries abroad and never Uzbekistan itself.</summary>
public sealed class DestinationCountryTests(PortalFixture fixture) : PortalTest(fixture)
{
    public static TheoryData<string, UserKind?, string> DestinationPickers => new()
    {
        { "/Vacancies", null, "select[name=country] option" },
        { "/Citizen/Profile/Countries", UserKind.Citizen, "input[name='Input.CountryCodes']" },
        { "/Employer/JobOrders/Edit", UserKind.EmployerAdmin, "select[name='Input.CountryCode'] option" },
        { "/Admin/MinimumWages", UserKind.Administrator, "select[name='Input.CountryCode'] option" },
    };

    [Theory]
    [MemberData(nameof(DestinationPickers))]
    public async Task A_destination_picker_offers_countries_abroad_but_not_uzbekistan(string path, UserKind? kind, string choices)
    {
        var client = kind switch
        {
            null => Fixture.CreateClient(),
            UserKind.EmployerAdmin => await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, await Fixture.CreateEmployerAsync("Hyundai Heavy Industries"))),
            _ => await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind.Value)),
        };

        var page = await client.GetPageAsync(path);

        var offered = page.QuerySelectorAll(choices).Select(choice => choice.GetAttribute("value")).ToList();
        offered.ShouldContain("KR");
        offered.ShouldContain("DE");
        offered.ShouldNotContain("UZ");
    }
}
