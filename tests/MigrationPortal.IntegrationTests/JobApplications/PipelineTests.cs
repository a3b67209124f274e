using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>From apply to contract through the pages, with the employer kept to its own shortlisted candidates.</summary>
public sealed class PipelineTests(PortalFixture fixture) : PortalTest(fixture)
{
    private Guid _employerA;
    private Guid _orderOfA;
    private TestUser _employerUserA = null!;
    private TestUser _officer = null!;
    private ProfileArrangement _profiles = null!;

    [Fact]
    public async Task A_verified_citizen_applies_is_shortlisted_selected_and_sees_contract_signed()
    {
        await ArrangeAsync(positions: 1);
        var citizen = await VerifiedCitizenAsync();
        var citizenClient = await Fixture.SignedInClientAsync(citizen);

        (await citizenClient.GetPageAsync($"/Citizen/Apply/{_orderOfA}")).QuerySelector("[data-testid=reasons]").ShouldBeNull();
        using (var applied = await citizenClient.SubmitAsync($"/Citizen/Apply/{_orderOfA}", new Dictionary<string, string?>()))
        {
            applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var employerClient = await Fixture.SignedInClientAsync(_employerUserA);
        (await employerClient.GetPageAsync($"/Employer/Candidates/{_orderOfA}")).QuerySelector("[data-testid=empty]").ShouldNotBeNull("the agency has not shortlisted anyone yet");

        var officerClient = await Fixture.SignedInClientAsync(_officer);
        var applicationId = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Id).SingleAsync());
        await MoveAsync(officerClient, applicationId, ApplicationStatus.Screening, null);
        await MoveAsync(officerClient, applicationId, ApplicationStatus.Shortlisted, "TOPIK 3, eight years of carpentry");

        var candidates = await employerClient.GetPageAsync($"/Employer/Candidates/{_orderOfA}");
        var card = candidates.QuerySelector("[data-testid=candidate]")!;
        card.TextContent.ShouldContain("TOPIK 3, eight years of carpentry");
        card.TextContent.ShouldNotContain(citizen.Email);
        using (var selected = await employerClient.SubmitAsync($"/Employer/Candidates/Select/{applicationId}", new Dictionary<string, string?>(), "form.select-form"))
        {
            selected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var contract = await employerClient.SubmitAsync($"/Employer/Candidates/{_orderOfA}", new Dictionary<string, string?>
        {
            ["Input.MonthlyWage"] = "2650000",
            ["Input.HoursPerWeek"] = "40",
            ["Input.ContractMonths"] = "36",
            ["Input.StartDate"] = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd"),
        }, "form.contract-form"))
        {
            contract.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var mine = await citizenClient.GetPageAsync("/Citizen/Applications");
        mine.QuerySelector("[data-testid=application-status]")!.TextContent.ShouldBe(Fixture.Text("ApplicationStatus.ContractSigned"));
        (await Fixture.WithDbAsync(db => db.JobOrders.SingleAsync(o => o.Id == _orderOfA))).Status.ShouldBe(JobOrderStatus.Filled);
        var history = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityId == applicationId).OrderBy(c => c.Id).Select(c => c.ToStatus).ToListAsync());
        history.ShouldBe(["Submitted", "Screening", "Shortlisted", "Selected", "ContractSigned"]);
        (await Fixture.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == citizen.Id && n.MessageKey.StartsWith("Notice.Application.")))).ShouldBe(5);
    }

    [Fact]
    public async Task A_citizen_whose_profile_is_not_verified_is_told_why_and_nothing_is_stored()
    {
        await ArrangeAsync(positions: 2);
        var submitted = await _profiles.SubmittedInSamarkandAsync();
        var client = await Fixture.SignedInClientAsync(submitted.Citizen);

        var page = await client.GetPageAsync($"/Citizen/Apply/{_orderOfA}");
        page.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.TextContent).ShouldBe([Fixture.Text("Eligibility.ProfileNotVerified")]);
        using var crafted = await client.PostAsync($"/Citizen/Apply/{_orderOfA}", new Dictionary<string, string>(), $"/Citizen/Apply/{_orderOfA}");

        (await PortalClient.ParseAsync(crafted)).SummaryErrors().ShouldContain(Fixture.Text("Eligibility.ProfileNotVerified"));
        (await Fixture.WithDbAsync(db => db.JobApplications.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_citizen_applies_once_per_order()
    {
        await ArrangeAsync(positions: 2);
        var citizen = await VerifiedCitizenAsync();
        var client = await Fixture.SignedInClientAsync(citizen);
        using (var first = await client.SubmitAsync($"/Citizen/Apply/{_orderOfA}", new Dictionary<string, string?>()))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var again = await client.GetPageAsync($"/Citizen/Apply/{_orderOfA}");

        again.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.TextContent).ShouldContain(Fixture.Text("Eligibility.AlreadyApplied"));
        (await Fixture.WithDbAsync(db => db.JobApplications.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Another_employer_cannot_see_or_decide_on_the_candidates_of_an_order_it_does_not_own()
    {
        await ArrangeAsync(positions: 2);
        var applicationId = await ShortlistedApplicationAsync();
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var clientB = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerB));

        await clientB.GetPageAsync($"/Employer/Candidates/{_orderOfA}", HttpStatusCode.NotFound);
        using var crafted = await CraftedSelectionAsync(clientB, applicationId);

        crafted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Shortlisted);
        (await Fixture.WithDbAsync(db => db.JobOrders.SingleAsync(o => o.Id == _orderOfA))).SelectedPositions.ShouldBe(0);
    }

    [Fact]
    public async Task The_employer_never_sees_an_applicant_the_agency_has_not_shortlisted()
    {
        await ArrangeAsync(positions: 2);
        var citizen = await VerifiedCitizenAsync();
        await Fixture.SendAsync(citizen, new ApplyToJobOrderCommand(_orderOfA));
        var applicationId = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Id).SingleAsync());
        var employerClient = await Fixture.SignedInClientAsync(_employerUserA);

        (await employerClient.GetPageAsync($"/Employer/Candidates/{_orderOfA}")).QuerySelectorAll("[data-testid=candidate]").Length.ShouldBe(0);
        using var crafted = await CraftedSelectionAsync(employerClient, applicationId);

        crafted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Submitted);
    }

    [Fact]
    public async Task A_crafted_decision_to_select_that_skips_the_confirmation_page_is_refused_and_changes_nothing()
    {
        await ArrangeAsync(positions: 2);
        var applicationId = await ShortlistedApplicationAsync();
        var employerClient = await Fixture.SignedInClientAsync(_employerUserA);

        using var crafted = await CraftedSelectionAsync(employerClient, applicationId);

        crafted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(crafted)).SummaryErrors().ShouldContain(Fixture.Text("Rule.Application.SelectionNeedsConfirmation"));
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Shortlisted);
        (await Fixture.WithDbAsync(db => db.JobOrders.SingleAsync(o => o.Id == _orderOfA))).SelectedPositions.ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.Notifications.AnyAsync(n => n.MessageKey == "Notice.Application.Selected"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Selections_made_at_the_same_moment_never_exceed_the_open_positions()
    {
        await ArrangeAsync(positions: 1);
        var applications = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            applications.Add(await ShortlistedApplicationAsync(serial: i));
        }

        var clients = await Task.WhenAll(applications.Select(_ => Fixture.SignedInClientAsync(_employerUserA)));
        var versions = await Fixture.WithDbAsync(db => db.JobApplications.ToDictionaryAsync(a => a.Id, a => a.Version));
        var tokens = await Task.WhenAll(clients.Select(async c => (await c.GetPageAsync($"/Employer/Candidates/{_orderOfA}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));

        var responses = await Task.WhenAll(applications.Select((id, i) =>
        {
            var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = tokens[i],
                ["applicationId"] = id.ToString(),
                ["version"] = versions[id].ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            return clients[i].Http.PostAsync(new Uri($"/Employer/Candidates/Select/{id}", UriKind.Relative), content);
        }));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.JobApplications.CountAsync(a => a.Status == ApplicationStatus.Selected))).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.JobOrders.SingleAsync(o => o.Id == _orderOfA))).SelectedPositions.ShouldBe(1);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_contract_worse_than_the_order_is_refused_to_the_employer_and_recorded_only_with_a_supervisors_reason()
    {
        await ArrangeAsync(positions: 2);
        var applicationId = await ShortlistedApplicationAsync();
        var employerClient = await Fixture.SignedInClientAsync(_employerUserA);
        using (var selected = await employerClient.SubmitAsync($"/Employer/Candidates/Select/{applicationId}", new Dictionary<string, string?>(), "form.select-form"))
        {
            selected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await employerClient.SubmitAndReadAsync($"/Employer/Candidates/{_orderOfA}", new Dictionary<string, string?>
        {
            ["Input.MonthlyWage"] = "2000000",
            ["Input.HoursPerWeek"] = "40",
            ["Input.ContractMonths"] = "36",
            ["Input.StartDate"] = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd"),
        }, formSelector: "form.contract-form");

        refused.SummaryErrors().ShouldContain(Fixture.Text("Rule.Application.ContractWorseThanOrder"));
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Selected);

        var supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Version).SingleAsync());
        await Fixture.SendAsync(supervisor, new ApproveContractDeviationCommand
        {
            ApplicationId = applicationId,
            Version = version,
            MonthlyWage = 2_000_000m,
            HoursPerWeek = 40,
            ContractMonths = 36,
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)),
            Reason = "Free housing and meals make up the difference; the worker agreed in writing.",
        });

        var application = await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync());
        application.Status.ShouldBe(ApplicationStatus.ContractSigned);
        application.DeviationApprovedBy.ShouldBe(supervisor.Id);
        application.DeviationReason.ShouldBe("Free housing and meals make up the difference; the worker agreed in writing.");
    }

    [Fact]
    public async Task The_citizen_withdraws_and_the_officer_of_another_branch_cannot_move_the_application()
    {
        await ArrangeAsync(positions: 2);
        var citizen = await VerifiedCitizenAsync();
        var client = await Fixture.SignedInClientAsync(citizen);
        using (var applied = await client.SubmitAsync($"/Citizen/Apply/{_orderOfA}", new Dictionary<string, string?>()))
        {
            applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var tashkentOfficer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.TashkentCityUnit));
        (await tashkentOfficer.GetPageAsync("/Agency/Applications")).QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        var applicationId = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Id).SingleAsync());
        using (var crafted = await tashkentOfficer.PostAsync("/Agency/Applications", new Dictionary<string, string> { ["ids"] = applicationId.ToString(), ["target"] = "Screening" }, "/Agency/Applications"))
        {
            crafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Submitted);

        using (var withdrawn = await client.SubmitAsync("/Citizen/Applications", new Dictionary<string, string?>()))
        {
            withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await client.GetPageAsync("/Citizen/Applications")).QuerySelector("[data-testid=application-status]")!.TextContent.ShouldBe(Fixture.Text("ApplicationStatus.Withdrawn"));
    }

    private async Task ArrangeAsync(int positions)
    {
        _employerA = await Fixture.CreateEmployerAsync("Daesung Test");
        _employerUserA = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employerA);
        _officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        _profiles = new ProfileArrangement(Fixture);
        _orderOfA = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employerA, _employerUserA.Id, _officer.Id, positions: positions);
    }

    private async Task<TestUser> VerifiedCitizenAsync(int serial = 0)
    {
        var arranged = await _profiles.SubmittedInSamarkandAsync(lastName: $"Karimov{serial}");
        await _profiles.VerifyAsync(arranged, _officer.Id);
        return arranged.Citizen;
    }

    /// <summary>A post of the candidates page's decision form with "Selected", as no form of the portal sends it.</summary>
    private async Task<HttpResponseMessage> CraftedSelectionAsync(PortalClient client, Guid applicationId)
    {
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());
        return await client.PostAsync($"/Employer/Candidates/{_orderOfA}?handler=Decide", new Dictionary<string, string>
        {
            ["applicationId"] = applicationId.ToString(),
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["target"] = "Selected",
        }, "/Employer");
    }

    private async Task<Guid> ShortlistedApplicationAsync(int serial = 0)
    {
        var citizen = await VerifiedCitizenAsync(serial);
        var id = await Fixture.SendAsync(citizen, new ApplyToJobOrderCommand(_orderOfA));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Shortlisted, "Good match"));
        return id;
    }

    private static async Task MoveAsync(PortalClient client, Guid applicationId, ApplicationStatus target, string? note)
    {
        var status = target == ApplicationStatus.Screening ? "Submitted" : "Screening";
        using var response = await client.SubmitAsync($"/Agency/Applications?status={status}", new Dictionary<string, string?>
        {
            ["ids"] = applicationId.ToString(),
            ["target"] = target.ToString(),
            ["note"] = note,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
