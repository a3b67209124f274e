using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Persistence.Seed;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Organizations;

public sealed class EmployerAdministrationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static Dictionary<string, string?> EmployerForm(string name = "Daesung Construction Co., Ltd.", string country = "KR", string from = "2025-01-01", string to = "2028-12-31", string registration = "124-81-00998") => new()
    {
        ["Input.LegalName"] = name,
        ["Input.CountryCode"] = country,
        ["Input.RegistrationNumber"] = registration,
        ["Input.AgreementNumber"] = "UZ-KR-2025/017",
        ["Input.AgreementValidFrom"] = from,
        ["Input.AgreementValidTo"] = to,
        ["Input.ContactName"] = "Kim Min-jun",
        ["Input.ContactEmail"] = "hr@daesung.example",
        ["Input.ContactPhone"] = "+82 2 555 0101",
    };

    private async Task<PortalClient> AdminAsync() =>
        await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator));

    [Fact]
    public async Task Administrator_creates_an_employer_with_its_cooperation_agreement()
    {
        var admin = await AdminAsync();

        using var response = await admin.SubmitAsync("/Admin/Employers/Create", EmployerForm());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var employer = await Fixture.WithDbAsync(db => db.Employers.SingleAsync());
        employer.LegalName.ShouldBe("Daesung Construction Co., Ltd.");
        employer.AgreementValidTo.ShouldBe(new DateOnly(2028, 12, 31));
        employer.Status.ShouldBe(EmployerStatus.Active);
        var list = await admin.GetPageAsync("/Admin/Employers");
        list.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe("1");
        (await Fixture.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.EntityId == employer.Id && c.ToStatus == "Active"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("", "KR", "2025-01-01", "2028-12-31", "Input.LegalName")]
    [InlineData("Daesung", "XX", "2025-01-01", "2028-12-31", "Input.CountryCode")]
    [InlineData("Daesung", "KR", "2028-01-01", "2025-12-31", "Input.AgreementValidTo")]
    [InlineData("Daesung", "KR", "not-a-date", "2028-12-31", "Input.AgreementValidFrom")]
    public async Task Employer_form_refuses_bad_input_and_stores_nothing(string name, string country, string from, string to, string field)
    {
        var page = await (await AdminAsync()).SubmitAndReadAsync("/Admin/Employers/Create?culture=en", EmployerForm(name, country, from, to));

        page.FieldErrors(field).ShouldNotBeEmpty();
        page.FieldErrors(field)[0].ShouldNotContain("Field.");
        (await Fixture.WithDbAsync(db => db.Employers.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_contact_phone_without_a_country_code_is_refused_with_an_example_of_one()
    {
        var form = EmployerForm();
        form["Input.ContactPhone"] = "02 555 0101";

        var page = await (await AdminAsync()).SubmitAndReadAsync("/Admin/Employers/Create?culture=en", form);

        page.FieldErrors("Input.ContactPhone").ShouldHaveSingleItem().ShouldContain("country code");
        (await Fixture.WithDbAsync(db => db.Employers.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_registration_number_in_the_same_country_is_refused()
    {
        var admin = await AdminAsync();
        using (await admin.SubmitAsync("/Admin/Employers/Create", EmployerForm()))
        {
        }

        var page = await admin.SubmitAndReadAsync("/Admin/Employers/Create", EmployerForm(name: "Another name"));

        page.FieldErrors("Input.RegistrationNumber").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.Employers.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task An_edited_employer_keeps_its_own_registration_number_but_cannot_take_another_ones()
    {
        var admin = await AdminAsync();
        using (await admin.SubmitAsync("/Admin/Employers/Create", EmployerForm(name: "Hanil Foods", registration: "110-81-00001")))
        {
        }

        using (await admin.SubmitAsync("/Admin/Employers/Create", EmployerForm(name: "Daesung Construction", registration: "124-81-00998")))
        {
        }

        var daesung = await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.LegalName == "Daesung Construction"));
        var taken = await admin.SubmitAndReadAsync($"/Admin/Employers/Edit/{daesung.Id}", EmployerForm(name: "Daesung Construction", registration: "110-81-00001"));
        taken.FieldErrors("Input.RegistrationNumber").ShouldNotBeEmpty();

        using var kept = await admin.SubmitAsync($"/Admin/Employers/Edit/{daesung.Id}", EmployerForm(name: "Daesung Construction Co., Ltd.", registration: "124-81-00998"));
        kept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == daesung.Id));
        saved.LegalName.ShouldBe("Daesung Construction Co., Ltd.");
        saved.RegistrationNumber.ShouldBe("124-81-00998");
    }

    [Fact]
    public async Task Suspending_needs_a_reason_and_is_recorded()
    {
        var id = await Fixture.CreateEmployerAsync("Anadolu Tekstil", "TR");
        var admin = await AdminAsync();

        var refused = await admin.SubmitAndReadAsync($"/Admin/Employers/Edit/{id}", new Dictionary<string, string?> { ["reason"] = "" }, formSelector: "form[action*='handler=Status']");
        refused.QuerySelector("#reason-error").ShouldNotBeNull();
        (await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == id))).Status.ShouldBe(EmployerStatus.Active);

        using var suspended = await admin.SubmitAsync($"/Admin/Employers/Edit/{id}", new Dictionary<string, string?> { ["reason"] = "Unpaid wages under review" }, formSelector: "form[action*='handler=Status']");
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == id))).Status.ShouldBe(EmployerStatus.Suspended);
        var change = await Fixture.WithDbAsync(db => db.StatusChanges.SingleAsync(c => c.EntityId == id && c.ToStatus == "Suspended"));
        change.FromStatus.ShouldBe("Active");
        change.Reason.ShouldBe("Unpaid wages under review");
    }

    [Fact]
    public async Task Two_administrators_editing_one_employer_the_second_is_told_and_nothing_is_overwritten()
    {
        var id = await Fixture.CreateEmployerAsync("Kent Fresh Farms", "GB");
        var first = await AdminAsync();
        var second = await AdminAsync();
        var staleForm = await second.GetPageAsync($"/Admin/Employers/Edit/{id}");
        var staleVersion = staleForm.QuerySelector("input[name='Input.Version']")!.GetAttribute("value");

        using (await first.SubmitAsync($"/Admin/Employers/Edit/{id}", EmployerForm(name: "Kent Fresh Farms Ltd", country: "GB", registration: "09876543")))
        {
        }

        var fields = EmployerForm(name: "Kent Farms (stale)", country: "GB", registration: "09876543");
        fields["Input.Version"] = staleVersion;
        var page = await second.SubmitAndReadAsync($"/Admin/Employers/Edit/{id}", fields);

        page.SummaryErrors().ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == id))).LegalName.ShouldBe("Kent Fresh Farms Ltd");
    }

    [Fact]
    public async Task Administrator_creates_an_employer_user_who_is_invited_by_email()
    {
        var employer = await Fixture.CreateEmployerAsync("Daesung Construction");
        var admin = await AdminAsync();

        using var response = await admin.SubmitAsync("/Admin/Accounts/Create", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Park Ji-hoon",
            ["Input.Email"] = "park@daesung.example",
            ["Input.Kind"] = nameof(UserKind.EmployerAdmin),
            ["Input.EmployerId"] = employer.ToString(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "park@daesung.example"));
        user.Kind.ShouldBe(UserKind.EmployerAdmin);
        user.OrganizationId.ShouldBe(employer);
        user.PasswordHash.ShouldBeNull();
        var invitation = await Fixture.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.To == "park@daesung.example"));
        invitation.TextBody.ShouldContain("/Account/ResetPassword?userId=");
    }

    [Theory]
    [InlineData(nameof(UserKind.Officer), null, "Input.UnitId")]
    [InlineData(nameof(UserKind.EmployerStaff), null, "Input.EmployerId")]
    [InlineData(nameof(UserKind.Citizen), null, "Input.Kind")]
    [InlineData(nameof(UserKind.EmployerStaff), "11111111-1111-1111-1111-111111111111", "Input.EmployerId")]
    public async Task Account_form_refuses_an_account_without_its_organization_and_stores_nothing(string kind, string? employerId, string field)
    {
        var admin = await AdminAsync();
        var before = await Fixture.WithDbAsync(db => db.Users.CountAsync());

        var page = await admin.SubmitAndReadAsync("/Admin/Accounts/Create", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Someone",
            ["Input.Email"] = "someone@example.uz",
            ["Input.Kind"] = kind,
            ["Input.EmployerId"] = employerId,
        });

        page.FieldErrors(field).ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Administrator_adds_a_training_center_to_the_organization_tree()
    {
        var admin = await AdminAsync();

        using var response = await admin.SubmitAsync("/Admin/Units/Edit", new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(AgencyUnitKind.TrainingCenter),
            ["Input.NameUzLatn"] = "“Ishga marhamat” monomarkazi — Termiz 2",
            ["Input.NameUzCyrl"] = "“Ишга марҳамат” мономаркази — Термиз 2",
            ["Input.NameRu"] = "Мономаркази «Ишга марҳамат» — Термез 2",
            ["Input.NameEn"] = "Ishga Marhamat monocenter — Termez 2",
            ["Input.RegionId"] = "11",
            ["Input.IsActive"] = "true",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.GetPageAsync("/Admin/Units?kind=TrainingCenter&culture=en");
        list.QuerySelectorAll("tbody tr").Length.ShouldBe(18);
        list.Body!.TextContent.ShouldContain("Termez 2");
    }

    [Fact]
    public async Task A_representative_office_without_a_country_is_refused()
    {
        var admin = await AdminAsync();

        var page = await admin.SubmitAndReadAsync("/Admin/Units/Edit", new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(AgencyUnitKind.RepresentativeOffice),
            ["Input.NameUzLatn"] = "Vakolatxona",
            ["Input.NameUzCyrl"] = "Ваколатхона",
            ["Input.NameRu"] = "Представительство",
            ["Input.NameEn"] = "Office",
        });

        page.FieldErrors("Input.CountryCode").ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.AgencyUnits.CountAsync(u => u.Kind == AgencyUnitKind.RepresentativeOffice))).ShouldBe(4);
    }

    [Fact]
    public async Task Officer_of_one_unit_cannot_open_another_units_details()
    {
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ReferenceData.TerritorialBranchId(10));

        await Should.ThrowAsync<Application.Common.NotFoundException>(() =>
            Fixture.SendAsync(officer, new Application.Organizations.Units.GetAgencyUnitQuery(ReferenceData.TerritorialBranchId(14))));
    }
}
