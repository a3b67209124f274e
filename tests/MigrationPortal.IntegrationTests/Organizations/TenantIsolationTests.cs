using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Organizations.Worksites;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Tenancy;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Organizations;

/// <summary>Employer A tries every way to reach employer B's rows (docs/design/domain.md, Who sees what; docs/design/quality.md, Tenancy).</summary>
public sealed class TenantIsolationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private Guid _employerA;
    private Guid _employerB;
    private TestUser _userA = null!;
    private TestUser _userB = null!;
    private Guid _siteOfB;

    private async Task ArrangeAsync()
    {
        _employerA = await Fixture.CreateEmployerAsync("Employer A");
        _employerB = await Fixture.CreateEmployerAsync("Employer B");
        _userA = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employerA);
        _userB = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employerB);
        _siteOfB = await Fixture.SendAsync(_userB, new SaveWorksiteCommand { Name = "Secret site of B", CountryCode = "KR", City = "Ulsan", Address = "1 Harbor road", HousingProvided = true });
    }

    [Fact]
    public async Task Employer_lists_only_its_own_worksites()
    {
        await ArrangeAsync();
        await Fixture.SendAsync(_userA, new SaveWorksiteCommand { Name = "Site of A", CountryCode = "KR", City = "Busan", Address = "2 Port road" });

        var page = await (await Fixture.SignedInClientAsync(_userA)).GetPageAsync("/Employer/Worksites");

        page.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("1");
        page.Body!.TextContent.ShouldContain("Site of A");
        page.Body!.TextContent.ShouldNotContain("Secret site of B");
    }

    [Fact]
    public async Task Employer_cannot_open_another_employers_worksite_by_url()
    {
        await ArrangeAsync();
        var client = await Fixture.SignedInClientAsync(_userA);

        await client.GetPageAsync($"/Employer/Worksites/Edit/{_siteOfB}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Employer_cannot_change_another_employers_worksite_by_posting_its_id()
    {
        await ArrangeAsync();
        var client = await Fixture.SignedInClientAsync(_userA);

        // The form of A's own new worksite, posted to B's worksite URL.
        var form = await client.GetPageAsync("/Employer/Worksites/Edit");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Taken over",
            ["Input.CountryCode"] = "KR",
            ["Input.City"] = "Seoul",
            ["Input.Address"] = "3 Main road",
            ["Input.Id"] = _siteOfB.ToString(),
            ["Input.OrganizationId"] = _employerA.ToString(),
        });
        using var response = await client.Http.PostAsync(new Uri($"/Employer/Worksites/Edit/{_siteOfB}", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var site = await Fixture.WithDbAsync(db => db.Worksites.SingleAsync(w => w.Id == _siteOfB));
        site.Name.ShouldBe("Secret site of B");
        site.OrganizationId.ShouldBe(_employerB);
    }

    [Fact]
    public async Task Employer_cannot_delete_another_employers_worksite()
    {
        await ArrangeAsync();

        await Should.ThrowAsync<Application.Common.NotFoundException>(() => Fixture.SendAsync(_userA, new DeleteWorksiteCommand(_siteOfB)));

        (await Fixture.WithDbAsync(db => db.Worksites.CountAsync(w => w.Id == _siteOfB))).ShouldBe(1);
    }

    [Fact]
    public async Task A_form_field_naming_another_organization_is_ignored_and_the_row_is_stamped_with_the_users_own()
    {
        await ArrangeAsync();
        var client = await Fixture.SignedInClientAsync(_userA);

        using var response = await client.SubmitAsync("/Employer/Worksites/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "New site",
            ["Input.CountryCode"] = "KR",
            ["Input.City"] = "Incheon",
            ["Input.Address"] = "4 Airport road",
            ["Input.OrganizationId"] = _employerB.ToString(),
            ["OrganizationId"] = _employerB.ToString(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Fixture.WithDbAsync(db => db.Worksites.SingleAsync(w => w.Name == "New site"))).OrganizationId.ShouldBe(_employerA);
    }

    [Fact]
    public async Task Employer_cannot_count_another_employers_rows_through_a_name_clash()
    {
        await ArrangeAsync();

        // B already has "Secret site of B"; A may use the same name, so the name tells A nothing about B.
        var id = await Fixture.SendAsync(_userA, new SaveWorksiteCommand { Name = "Secret site of B", CountryCode = "KR", City = "Ulsan", Address = "5 Road" });

        id.ShouldNotBe(_siteOfB);
        (await Fixture.SendAsync(_userA, new ListWorksitesQuery(1))).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Stamping_interceptor_refuses_a_row_of_a_foreign_organization()
    {
        await ArrangeAsync();

        var refused = await Should.ThrowAsync<TenantViolationException>(() => Fixture.WithDbAsAsync(_userA, db =>
        {
            db.Worksites.Add(new Worksite(Guid.CreateVersion7(), new WorksiteDetails("Planted", "KR", "Seoul", "6 Road", false)) { OrganizationId = _employerB });
            return db.SaveChangesAsync();
        }));

        refused.ShouldNotBeNull();
        (await Fixture.WithDbAsync(db => db.Worksites.CountAsync(w => w.Name == "Planted"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_citizen_sees_no_employer_rows_at_all()
    {
        await ArrangeAsync();
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);

        var count = await Fixture.WithDbAsAsync(citizen, db => db.Worksites.CountAsync());

        count.ShouldBe(0);
    }

    [Fact]
    public async Task Employer_user_cannot_use_the_administrators_forms_to_reach_another_employer()
    {
        await ArrangeAsync();
        var client = await Fixture.SignedInClientAsync(_userA);

        await client.GetPageAsync($"/Admin/Employers/Edit/{_employerB}", HttpStatusCode.Forbidden);
        await Should.ThrowAsync<Application.Common.AccessDeniedException>(() =>
            Fixture.SendAsync(_userA, new Application.Organizations.Employers.GetEmployerQuery(_employerB)));
    }
}
