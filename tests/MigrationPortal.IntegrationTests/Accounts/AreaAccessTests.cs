using System.Net;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Persistence.Seed;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

public sealed class AreaAccessTests(PortalFixture fixture) : PortalTest(fixture)
{
    public static TheoryData<UserKind, string> ForbiddenAreas => new()
    {
        { UserKind.Citizen, "/Admin" },
        { UserKind.Citizen, "/Agency" },
        { UserKind.Citizen, "/Employer" },
        { UserKind.EmployerAdmin, "/Admin/Employers" },
        { UserKind.EmployerAdmin, "/Agency" },
        { UserKind.EmployerAdmin, "/Citizen" },
        { UserKind.Officer, "/Admin/Accounts" },
        { UserKind.Officer, "/Employer/Worksites" },
        { UserKind.Officer, "/Citizen" },
        { UserKind.Administrator, "/Employer" },
        { UserKind.Administrator, "/Citizen" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenAreas))]
    public async Task Each_area_refuses_the_other_roles_with_403(UserKind kind, string url)
    {
        var organization = kind.IsEmployer() ? await Fixture.CreateEmployerAsync("Employer A") : (Guid?)null;
        var unit = kind == UserKind.Officer ? ReferenceData.TerritorialBranchId(10) : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization, unit));

        var page = await client.GetPageAsync(url + "?culture=en", HttpStatusCode.Forbidden);

        page.QuerySelector("h1").ShouldNotBeNull();
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        using var response = await Fixture.CreateClient().Http.GetAsync(new Uri("/Admin", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Each_page_shows_who_is_signed_in_and_for_which_organization()
    {
        var employer = await Fixture.CreateEmployerAsync("Volga Stroy LLC", "RU");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer));

        var page = await client.GetPageAsync("/Employer");

        page.QuerySelector("[data-testid=user-name]")!.TextContent.ShouldStartWith("EmployerStaff");
        page.QuerySelector("[data-testid=affiliation]")!.TextContent.ShouldBe("Volga Stroy LLC");
        page.QuerySelector("[data-testid=organization-name]")!.TextContent.ShouldBe("Volga Stroy LLC");
    }

    [Fact]
    public async Task Officer_sees_their_own_unit()
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ReferenceData.TerritorialBranchId(10)));

        var page = await client.GetPageAsync("/Agency?culture=en");

        page.QuerySelector("[data-testid=unit-name]")!.TextContent.ShouldContain("Samarkand");
    }

    [Fact]
    public async Task Pages_for_signed_in_users_are_not_cached()
    {
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));

        using var response = await client.Http.GetAsync(new Uri("/Citizen", UriKind.Relative));

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
