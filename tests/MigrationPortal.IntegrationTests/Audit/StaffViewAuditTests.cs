using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Audit;

/// <summary>
/// Every staff or employer view of a citizen's personal data, and every staff decision on a citizen's record, writes
/// an audit row (docs/design/quality.md, Personal data): who, whose, what, when and from which address. A list writes one row per
/// citizen it shows.
/// </summary>
public sealed class StaffViewAuditTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string OfficeAddress = "203.0.113.7";

    private readonly ProfileArrangement _profiles = new(fixture);
    private Guid _employer;
    private TestUser _employerUser = null!;
    private TestUser _officer = null!;
    private Guid _order;

    private sealed record Row(Guid ViewerId, Guid CitizenId, string Action, string? Subject, string? Address);

    private Task<List<Row>> RowsAsync(string action) =>
        Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.Action == action).OrderBy(a => a.Id)
            .Select(a => new Row(a.ViewerId, a.CitizenId, a.Action, a.Subject, a.ClientAddress == null ? null : a.ClientAddress.ToString()))
            .ToListAsync());

    [Fact]
    public async Task The_profile_queue_writes_one_row_per_citizen_listed_with_the_officers_address()
    {
        var karimov = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var aliyev = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var elsewhere = await _profiles.SubmittedInTashkentCityAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var client = (await Fixture.SignedInClientAsync(officer)).FromSocket(OfficeAddress);

        await client.GetPageAsync("/Agency/Profiles");

        var rows = await RowsAsync(PersonalDataAudit.ViewProfileQueue);
        rows.Select(r => r.CitizenId).ShouldBe([karimov.Citizen.Id, aliyev.Citizen.Id], ignoreOrder: true);
        rows.ShouldAllBe(r => r.ViewerId == officer.Id && r.Subject == "Submitted" && r.Address == OfficeAddress);
        rows.ShouldNotContain(r => r.CitizenId == elsewhere.Citizen.Id, "a profile the officer was not shown is not audited as seen");
    }

    [Fact]
    public async Task Opening_a_profile_and_downloading_its_document_keep_their_action_names_and_record_the_address()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var client = (await Fixture.SignedInClientAsync(officer)).FromSocket(OfficeAddress);

        await client.GetPageAsync($"/Agency/Profiles/Review/{profile.Id}");
        using (var download = await client.Http.GetAsync(new Uri($"/Agency/Profiles/Document/{profile.PassportScanId}", UriKind.Relative)))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await RowsAsync("ViewProfile")).ShouldBe([new Row(officer.Id, profile.Citizen.Id, "ViewProfile", null, OfficeAddress)]);
        (await RowsAsync("DownloadDocument")).ShouldBe([new Row(officer.Id, profile.Citizen.Id, "DownloadDocument", "PassportScan", OfficeAddress)]);
    }

    [Fact]
    public async Task The_screening_queue_and_the_order_pipeline_write_a_row_per_applicant_shown()
    {
        await ArrangeOrderAsync();
        var first = await AppliedAsync("Karimov");
        var second = await AppliedAsync("Aliyev");
        var client = (await Fixture.SignedInClientAsync(_officer)).FromSocket(OfficeAddress);

        await client.GetPageAsync("/Agency/Applications");
        await client.GetPageAsync($"/Agency/JobOrders/Pipeline/{_order}");

        var screening = await RowsAsync(PersonalDataAudit.ViewScreeningQueue);
        screening.Select(r => r.CitizenId).ShouldBe([first.Citizen, second.Citizen], ignoreOrder: true);
        screening.ShouldAllBe(r => r.ViewerId == _officer.Id && r.Subject == "Submitted" && r.Address == OfficeAddress);
        var pipeline = await RowsAsync(PersonalDataAudit.ViewOrderPipeline);
        pipeline.Select(r => r.CitizenId).ShouldBe([first.Citizen, second.Citizen], ignoreOrder: true);
        pipeline.ShouldAllBe(r => r.ViewerId == _officer.Id && r.Subject == _order.ToString());
    }

    [Fact]
    public async Task The_employers_candidates_page_writes_rows_as_the_employers_own_user()
    {
        await ArrangeOrderAsync();
        var shortlisted = await AppliedAsync("Karimov");
        var waiting = await AppliedAsync("Aliyev");
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([shortlisted.Application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([shortlisted.Application], ApplicationStatus.Shortlisted, "Good match"));
        var client = (await Fixture.SignedInClientAsync(_employerUser)).FromSocket("198.51.100.20");

        await client.GetPageAsync($"/Employer/Candidates/{_order}");

        (await RowsAsync(PersonalDataAudit.ViewCandidates)).ShouldBe([new Row(_employerUser.Id, shortlisted.Citizen, PersonalDataAudit.ViewCandidates, _order.ToString(), "198.51.100.20")]);
        (await RowsAsync(PersonalDataAudit.ViewCandidates)).ShouldNotContain(r => r.CitizenId == waiting.Citizen, "the employer never saw a candidate the agency did not shortlist");
    }

    [Fact]
    public async Task Moving_applications_writes_a_row_per_application_moved_with_the_status_it_moved_to()
    {
        await ArrangeOrderAsync();
        var first = await AppliedAsync("Karimov");
        var second = await AppliedAsync("Aliyev");
        var client = await Fixture.SignedInClientAsync(_officer);

        using var moved = await client.SubmitAsync("/Agency/Applications", new Dictionary<string, string?>
        {
            ["ids"] = first.Application.ToString(),
            ["target"] = nameof(ApplicationStatus.Screening),
        });

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowsAsync(PersonalDataAudit.MoveApplication)).ShouldBe([new Row(_officer.Id, first.Citizen, PersonalDataAudit.MoveApplication, "Screening", null)]);
        (await RowsAsync(PersonalDataAudit.MoveApplication)).ShouldNotContain(r => r.CitizenId == second.Citizen);
    }

    [Fact]
    public async Task A_refused_move_saves_neither_the_move_nor_its_audit_row_when_the_queue_is_shown_again()
    {
        await ArrangeOrderAsync();
        var screened = await AppliedAsync("Karimov");
        var submitted = await AppliedAsync("Aliyev");
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([screened.Application], ApplicationStatus.Screening, null));
        var client = await Fixture.SignedInClientAsync(_officer);

        // One of the two may be shortlisted, the other may not: the whole move is refused.
        using var refused = await client.PostAsync(
            "/Agency/Applications",
            new Dictionary<string, string>
            {
                ["ids[0]"] = screened.Application.ToString(),
                ["ids[1]"] = submitted.Application.ToString(),
                ["target"] = nameof(ApplicationStatus.Shortlisted),
            },
            "/Agency/Applications");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).SummaryErrors().ShouldNotBeEmpty();
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.Id == screened.Application))).Status.ShouldBe(ApplicationStatus.Screening);
        (await RowsAsync(PersonalDataAudit.MoveApplication)).Count.ShouldBe(1, "only the earlier, successful move to Screening");
    }

    [Fact]
    public async Task Verifying_and_returning_profiles_write_their_rows_with_the_decision()
    {
        var verified = await _profiles.SubmittedInSamarkandAsync(lastName: "Karimov");
        var returned = await _profiles.SubmittedInSamarkandAsync(lastName: "Aliyev");
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);

        await Fixture.SendAsync(officer, new VerifyProfileCommand(verified.Id, await VersionAsync(verified.Id)));
        await Fixture.SendAsync(officer, new ReturnProfileCommand { Id = returned.Id, Version = await VersionAsync(returned.Id), PassportReason = "The scan is blurred" });

        (await RowsAsync(PersonalDataAudit.VerifyProfile)).ShouldBe([new Row(officer.Id, verified.Citizen.Id, PersonalDataAudit.VerifyProfile, null, null)]);
        (await RowsAsync(PersonalDataAudit.ReturnProfile)).ShouldBe([new Row(officer.Id, returned.Citizen.Id, PersonalDataAudit.ReturnProfile, null, null)]);
    }

    [Fact]
    public async Task A_decision_that_lost_the_race_leaves_no_audit_row_of_a_change_that_did_not_happen()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var stale = await VersionAsync(profile.Id);

        // Another officer's save meanwhile: the row's version moves on, its status does not.
        await Fixture.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE worker_profiles SET phone = phone WHERE id = {profile.Id}"));

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => Fixture.SendAsync(officer, new VerifyProfileCommand(profile.Id, stale)));

        (await RowsAsync(PersonalDataAudit.VerifyProfile)).ShouldBeEmpty();
    }

    private Task<uint> VersionAsync(Guid profileId) =>
        Fixture.WithDbAsync(db => db.WorkerProfiles.Where(p => p.Id == profileId).Select(p => p.Version).SingleAsync());

    private async Task ArrangeOrderAsync()
    {
        _employer = await Fixture.CreateEmployerAsync("Daesung Test");
        _employerUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employer);
        _officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        _order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employer, _employerUser.Id, _officer.Id);
    }

    private async Task<(Guid Citizen, Guid Application)> AppliedAsync(string lastName)
    {
        var arranged = await _profiles.SubmittedInSamarkandAsync(lastName: lastName);
        await _profiles.VerifyAsync(arranged, _officer.Id);
        return (arranged.Citizen.Id, await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(_order)));
    }
}
