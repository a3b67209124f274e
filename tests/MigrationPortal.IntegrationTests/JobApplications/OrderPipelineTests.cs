using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>
/// One order's whole pipeline as the agency sees it, kept to each user's scope, and the supervisor's approval of a
/// contract worse than the order through that page.
/// </summary>
public sealed class OrderPipelineTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string DeviationReason = "Free housing and meals make up the difference; the worker agreed in writing.";

    private Guid _employer;
    private TestUser _employerUser = null!;
    private TestUser _supervisor = null!;
    private ProfileArrangement _profiles = null!;

    [Fact]
    public async Task A_supervisor_sees_every_application_of_the_order_with_each_status_change_and_its_reason()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var samarkand = await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        var tashkent = await ApplyAsync(order, await VerifiedInTashkentAsync("Yusupova"));
        await MoveAsync([samarkand, tashkent], ApplicationStatus.Screening, null);
        await MoveAsync([samarkand], ApplicationStatus.Shortlisted, "TOPIK 3, eight years of carpentry");
        await MoveAsync([tashkent], ApplicationStatus.NotSelected, "No experience with formwork");
        var supervisorName = await NameOfAsync(_supervisor);

        var page = await (await Fixture.SignedInClientAsync(_supervisor)).GetPageAsync(PipelineUrl(order));

        page.QuerySelector("[data-testid=title]")!.TextContent.ShouldBe("Formwork carpenter");
        page.QuerySelector("[data-testid=positions]")!.TextContent.ShouldBe(Fixture.Text("Pipeline.Positions", 3, 3, 0));
        page.QuerySelector("[data-testid=order-history]")!.TextContent.ShouldContain(Fixture.Text("JobOrderStatus.Published"));
        Counts(page).ShouldBe([$"{Fixture.Text("ApplicationStatus.Shortlisted")} 1", $"{Fixture.Text("ApplicationStatus.NotSelected")} 1"]);
        var karimov = Row(page, "Karimov Jasur");
        karimov.QuerySelector("[data-testid=application-status]")!.TextContent.ShouldBe(Fixture.Text("ApplicationStatus.Shortlisted"));
        Statuses(karimov).ShouldBe(["Submitted", "Screening", "Shortlisted"]);
        Reasons(karimov).ShouldBe(["TOPIK 3, eight years of carpentry"]);
        karimov.QuerySelector("[data-testid=timeline]")!.TextContent.ShouldContain(supervisorName);
        var yusupova = Row(page, "Yusupova Dilnoza");
        Statuses(yusupova).ShouldBe(["Submitted", "Screening", "NotSelected"]);
        Reasons(yusupova).ShouldBe(["No experience with formwork"]);
    }

    [Fact]
    public async Task A_Samarkand_branch_officer_sees_only_its_residents_applications_and_not_found_for_an_order_with_none()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var onlyTashkent = await OrderAsync("Sewing machine operator");
        await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        await ApplyAsync(order, await VerifiedInTashkentAsync("Yusupova"));
        await ApplyAsync(onlyTashkent, await VerifiedInTashkentAsync("Rahimova"));
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit));

        var page = await officer.GetPageAsync(PipelineUrl(order));

        Names(page).ShouldBe(["Karimov Jasur"]);
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Yusupova");
        await officer.GetPageAsync(PipelineUrl(onlyTashkent), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_representative_office_of_the_orders_country_sees_every_application_and_offers_no_contract_form()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        var selected = await ApplyAsync(order, await VerifiedInTashkentAsync("Yusupova"));
        await SelectAsync(selected);
        var office = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: JobOrderArrangement.KoreaOffice));

        var page = await office.GetPageAsync(PipelineUrl(order));
        var chosen = await office.GetPageAsync($"{PipelineUrl(order)}?contract={selected}");

        Names(page).ShouldBe(["Karimov Jasur", "Yusupova Dilnoza"]);
        page.QuerySelector("[data-testid=record-deviation]").ShouldBeNull();
        chosen.QuerySelector("#contract-form").ShouldBeNull();
    }

    [Fact]
    public async Task An_employer_and_a_citizen_are_forbidden_the_agencys_pipeline()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var citizen = await VerifiedInSamarkandAsync("Karimov");
        await ApplyAsync(order, citizen);

        await (await Fixture.SignedInClientAsync(_employerUser)).GetPageAsync(PipelineUrl(order), HttpStatusCode.Forbidden);
        await (await Fixture.SignedInClientAsync(citizen)).GetPageAsync(PipelineUrl(order), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_supervisor_records_a_worse_contract_with_a_reason_and_the_citizen_is_told()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var citizen = await VerifiedInSamarkandAsync("Karimov");
        var id = await ApplyAsync(order, citizen);
        await SelectAsync(id);
        var client = await Fixture.SignedInClientAsync(_supervisor);
        var link = (await client.GetPageAsync(PipelineUrl(order))).QuerySelector("[data-testid=record-deviation]")!.GetAttribute("href")!;
        var form = await client.GetPageAsync($"{PipelineUrl(order)}{link.Split('#')[0]}");
        form.QuerySelector("#contract-form")!.TextContent.ShouldContain(Fixture.Text("Candidates.OrderTerms", 2_650_000m.ToString("#,0", CultureInfo.GetCultureInfo("uz-Latn")), "KRW", 40));

        using (var recorded = await client.SubmitAsync($"{PipelineUrl(order)}{link.Split('#')[0]}", ContractFields(DeviationReason), "#contract-form"))
        {
            recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = await client.GetPageAsync($"{PipelineUrl(order)}?recorded=true");
        var row = Row(page, "Karimov Jasur");
        row.QuerySelector("[data-testid=application-status]")!.TextContent.ShouldBe(Fixture.Text("ApplicationStatus.ContractSigned"));
        row.QuerySelector("[data-testid=deviation]")!.TextContent.ShouldBe(Fixture.Text("Pipeline.DeviationApproved", await NameOfAsync(_supervisor), DeviationReason));
        Statuses(row)[^1].ShouldBe("ContractSigned");
        Reasons(row).ShouldContain(DeviationReason);
        page.QuerySelector("[data-testid=positions]")!.TextContent.ShouldBe(Fixture.Text("Pipeline.Positions", 3, 2, 1));
        (await JobOrderArrangement.OrderAsync(Fixture, order)).FilledPositions.ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == citizen.Id && n.MessageKey == "Notice.Application.ContractSigned"))).ShouldBeTrue();
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.CitizenId == citizen.Id).OrderBy(a => a.Id)
            .Select(a => new { a.ViewerId, a.Action, a.Subject }).ToListAsync());
        audit.Where(a => a.Action != PersonalDataAudit.ViewOrderPipeline).Select(a => (a.ViewerId, a.Action, a.Subject)).ShouldBe(
        [
            (_supervisor.Id, PersonalDataAudit.MoveApplication, "Screening"),
            (_supervisor.Id, PersonalDataAudit.MoveApplication, "Shortlisted"),
            (_employerUser.Id, PersonalDataAudit.DecideOnCandidate, "Selected"),
            (_supervisor.Id, PersonalDataAudit.ApproveContractDeviation, order.ToString()),
        ]);
        audit.Count(a => a.Action == PersonalDataAudit.ViewOrderPipeline && a.ViewerId == _supervisor.Id && a.Subject == order.ToString()).ShouldBe(4, "the pipeline was shown four times: the list, the form, the form again to submit it, the result");
    }

    [Fact]
    public async Task Without_a_reason_the_supervisor_is_told_by_the_field_and_nothing_is_stored()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var id = await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        await SelectAsync(id);
        var client = await Fixture.SignedInClientAsync(_supervisor);

        var refused = await client.SubmitAndReadAsync($"{PipelineUrl(order)}?contract={id}", ContractFields(""), formSelector: "#contract-form");

        refused.FieldErrors("Input.Reason").ShouldNotBeEmpty();
        refused.QuerySelector("#Input_MonthlyWage")!.GetAttribute("value").ShouldBe("2000000");
        var application = await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync());
        application.Status.ShouldBe(ApplicationStatus.Selected);
        application.ContractMonthlyWage.ShouldBeNull();
        (await JobOrderArrangement.OrderAsync(Fixture, order)).FilledPositions.ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_the_concurrency_message()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var id = await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        await SelectAsync(id);
        var client = await Fixture.SignedInClientAsync(_supervisor);
        var stale = (await client.GetPageAsync($"{PipelineUrl(order)}?contract={id}")).QuerySelector("#contract-form input[name='Input.Version']")!.GetAttribute("value")!;
        await Fixture.WithDbAsync(db => db.Database.ExecuteSqlAsync($"update job_applications set shortlist_note = 'Checked again' where id = {id}"));

        using var response = await client.PostAsync($"{PipelineUrl(order)}?contract={id}", CraftedFields(id, stale), PipelineUrl(order));

        (await PortalClient.ParseAsync(response)).SummaryErrors().ShouldContain(Fixture.Text("Rule.ConcurrencyConflict"));
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Selected);
    }

    [Fact]
    public async Task An_officers_crafted_contract_approval_is_forbidden_and_changes_nothing()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");
        var id = await ApplyAsync(order, await VerifiedInSamarkandAsync("Karimov"));
        await SelectAsync(id);
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: JobOrderArrangement.KoreaOffice));
        (await officer.GetPageAsync($"{PipelineUrl(order)}?contract={id}")).QuerySelector("#contract-form").ShouldBeNull();
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Version).SingleAsync());

        using var crafted = await officer.PostAsync(PipelineUrl(order), CraftedFields(id, version.ToString(CultureInfo.InvariantCulture)), PipelineUrl(order));

        crafted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var application = await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync());
        application.Status.ShouldBe(ApplicationStatus.Selected);
        application.DeviationReason.ShouldBeNull();
        (await JobOrderArrangement.OrderAsync(Fixture, order)).FilledPositions.ShouldBe(0);
    }

    [Fact]
    public async Task Twenty_five_applications_show_twenty_on_the_first_page_and_five_on_the_second()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter", positions: 30);
        for (var i = 0; i < 25; i++)
        {
            await ApplyAsync(order, await VerifiedInSamarkandAsync($"Karimov{i:D2}"));
        }

        var client = await Fixture.SignedInClientAsync(_supervisor);
        var first = await client.GetPageAsync(PipelineUrl(order));
        var second = await client.GetPageAsync(first.QuerySelector("[data-testid=next-page]")!.GetAttribute("href")!);

        Names(first).Count.ShouldBe(20);
        Names(second).Count.ShouldBe(5);
        Names(first).Concat(Names(second)).Distinct().Count().ShouldBe(25);
        second.QuerySelector("[data-testid=next-page]").ShouldBeNull();
        second.QuerySelectorAll("[data-testid=application] [data-testid=timeline] li").Length.ShouldBe(5);
    }

    [Fact]
    public async Task An_order_without_applications_shows_the_empty_state()
    {
        await ArrangeAsync();
        var order = await OrderAsync("Formwork carpenter");

        var page = await (await Fixture.SignedInClientAsync(_supervisor)).GetPageAsync(PipelineUrl(order));

        page.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Pipeline.Empty"));
    }

    private static string PipelineUrl(Guid order) => $"/Agency/JobOrders/Pipeline/{order}";

    private static Dictionary<string, string?> ContractFields(string reason) => new()
    {
        ["Input.MonthlyWage"] = "2000000",
        ["Input.HoursPerWeek"] = "40",
        ["Input.ContractMonths"] = "36",
        ["Input.StartDate"] = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Reason"] = reason,
    };

    private static Dictionary<string, string> CraftedFields(Guid id, string version) => new(ContractFields(DeviationReason).Select(f => KeyValuePair.Create(f.Key, f.Value!)))
    {
        ["Input.ApplicationId"] = id.ToString(),
        ["Input.Version"] = version,
    };

    private static IElement Row(IDocument page, string name) =>
        page.QuerySelectorAll("[data-testid=application]").Single(r => r.QuerySelector("[data-testid=citizen]")!.TextContent == name);

    private static List<string> Names(IDocument page) => [.. page.QuerySelectorAll("[data-testid=application] [data-testid=citizen]").Select(e => e.TextContent)];

    private static List<string> Counts(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=counts] li").Select(li => string.Join(' ', li.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];

    private List<string> Statuses(IElement row)
    {
        var byText = Enum.GetValues<ApplicationStatus>().ToDictionary(s => Fixture.Text($"ApplicationStatus.{s}"), s => s.ToString());
        return [.. row.QuerySelectorAll("[data-testid=to]").Select(e => byText[e.TextContent])];
    }

    private static List<string> Reasons(IElement row) => [.. row.QuerySelectorAll("[data-testid=reason]").Select(e => e.TextContent)];

    private Task<string> NameOfAsync(TestUser user) => Fixture.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.FullName).SingleAsync());

    private async Task ArrangeAsync()
    {
        _employer = await Fixture.CreateEmployerAsync("Daesung Test");
        _employerUser = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employer);
        _supervisor = await Fixture.CreateUserAsync(UserKind.Supervisor, unitId: ProfileArrangement.TashkentCityUnit);
        _profiles = new ProfileArrangement(Fixture);
    }

    /// <summary>A published order of the employer in Korea: 2,650,000 KRW a month for 40 hours a week.</summary>
    private Task<Guid> OrderAsync(string title, int positions = 3) =>
        OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employer, _employerUser.Id, _supervisor.Id, title, positions);

    private async Task<TestUser> VerifiedInSamarkandAsync(string lastName)
    {
        var arranged = await _profiles.SubmittedInSamarkandAsync(lastName: lastName);
        await _profiles.VerifyAsync(arranged, _supervisor.Id);
        return arranged.Citizen;
    }

    private async Task<TestUser> VerifiedInTashkentAsync(string lastName)
    {
        var arranged = await _profiles.SubmittedInTashkentCityAsync(lastName: lastName);
        await _profiles.VerifyAsync(arranged, _supervisor.Id);
        return arranged.Citizen;
    }

    private Task<Guid> ApplyAsync(Guid order, TestUser citizen) => Fixture.SendAsync(citizen, new ApplyToJobOrderCommand(order));

    private Task<int> MoveAsync(IReadOnlyList<Guid> ids, ApplicationStatus target, string? note) =>
        Fixture.SendAsync(_supervisor, new MoveApplicationsCommand(ids, target, note));

    /// <summary>Screened and shortlisted by the agency, then selected by the employer.</summary>
    private async Task SelectAsync(Guid id)
    {
        await MoveAsync([id], ApplicationStatus.Screening, null);
        await MoveAsync([id], ApplicationStatus.Shortlisted, "Good match");
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        await Fixture.SendAsync(_employerUser, new DecideOnCandidateCommand(id, version, ApplicationStatus.Selected, null) { Confirmed = true });
    }
}
