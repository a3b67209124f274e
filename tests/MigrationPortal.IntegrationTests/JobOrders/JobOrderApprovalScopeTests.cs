using System.Net;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static MigrationPortal.IntegrationTests.JobOrders.JobOrderArrangement;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>Who reaches the approval queue and which orders (issue 4: the country's representative office, or supervisors).</summary>
public sealed class JobOrderApprovalScopeTests(PortalFixture fixture) : PortalTest(fixture)
{
    private async Task<(Guid Korean, Guid Russian)> SubmittedOrdersAsync()
    {
        var employer = await Fixture.CreateEmployerAsync("Samsung Engineering");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        var korean = await CreateAsync(client, Form(title: "Korean order"));
        var russianForm = Form(title: "Russian order", country: "RU", wage: "90000", currency: "RUB");
        russianForm["Input.Program"] = nameof(RecruitmentProgram.RussiaOrganized);
        russianForm["Input.LanguageCode"] = "ru";
        russianForm["Input.MinimumLanguageLevelId"] = "2";
        russianForm["Input.MinimumAge"] = null;
        russianForm["Input.MaximumAge"] = null;
        var russian = await CreateAsync(client, russianForm);
        await SubmitAsync(client, korean);
        await SubmitAsync(client, russian);
        return (korean, russian);
    }

    [Fact]
    public async Task The_Korea_office_officer_sees_the_Korean_order_but_not_the_Russian_one()
    {
        var (korean, russian) = await SubmittedOrdersAsync();
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: KoreaOffice));

        var queue = await officer.GetPageAsync("/Agency/JobOrders");

        queue.QuerySelectorAll("[data-testid=queue-row]").Select(r => r.QuerySelector("a")!.TextContent).ShouldBe(["Korean order"]);
        queue.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe(Fixture.Text("Approval.Waiting", 1));
        (await officer.GetPageAsync(ReviewUrl(korean))).QuerySelector("[data-testid=title]")!.TextContent.ShouldBe("Korean order");
        await officer.GetPageAsync(ReviewUrl(russian), HttpStatusCode.NotFound);
        using var approve = await officer.PostAsync($"{ReviewUrl(russian)}?handler=Approve", new Dictionary<string, string> { ["Input.Version"] = "0" }, "/Agency/JobOrders");
        approve.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OrderAsync(Fixture, russian)).Status.ShouldBe(JobOrderStatus.PendingApproval);
    }

    [Fact]
    public async Task A_supervisor_sees_every_submitted_order_oldest_first()
    {
        await SubmittedOrdersAsync();
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        var queue = await supervisor.GetPageAsync("/Agency/JobOrders");

        queue.QuerySelectorAll("[data-testid=queue-row]").Select(r => r.QuerySelector("a")!.TextContent).ShouldBe(["Korean order", "Russian order"]);
    }

    [Fact]
    public async Task A_territorial_branch_officer_is_refused_the_approval_queue()
    {
        var (korean, _) = await SubmittedOrdersAsync();
        var officer = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: new Guid("00000000-0000-0000-0001-000000000010")));

        await officer.GetPageAsync("/Agency/JobOrders", HttpStatusCode.Forbidden);
        await officer.GetPageAsync(ReviewUrl(korean), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(UserKind.Citizen)]
    [InlineData(UserKind.EmployerAdmin)]
    public async Task Citizens_and_employer_users_are_refused_the_agency_pages(UserKind kind)
    {
        var (korean, _) = await SubmittedOrdersAsync();
        var organization = kind == UserKind.EmployerAdmin ? await Fixture.CreateEmployerAsync("Other employer") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization));

        await client.GetPageAsync("/Agency/JobOrders", HttpStatusCode.Forbidden);
        await client.GetPageAsync(ReviewUrl(korean), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Approving_and_rejecting_at_once_makes_one_decision_and_the_other_reviewer_is_told()
    {
        var (korean, _) = await SubmittedOrdersAsync();
        var first = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));
        var second = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: KoreaOffice));
        var firstPage = await first.GetPageAsync(ReviewUrl(korean));
        var secondPage = await second.GetPageAsync(ReviewUrl(korean));

        var approving = PostFormAsync(first, firstPage, "#approve-form", $"{ReviewUrl(korean)}?handler=Approve", []);
        var rejecting = PostFormAsync(second, secondPage, "#reject-form", $"{ReviewUrl(korean)}?handler=Reject", new() { ["Input.Reason"] = "Shartlar aniq emas." });
        await Task.WhenAll(approving, rejecting);
        using var approved = await approving;
        using var rejected = await rejecting;

        new[] { approved.StatusCode, rejected.StatusCode }.Count(s => s == HttpStatusCode.Redirect).ShouldBe(1);
        var loser = approved.StatusCode == HttpStatusCode.Redirect ? rejected : approved;
        loser.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(loser)).SummaryErrors().Count.ShouldBe(1);
        (await OrderAsync(Fixture, korean)).Status.ShouldBe(approved.StatusCode == HttpStatusCode.Redirect ? JobOrderStatus.Published : JobOrderStatus.Rejected);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page, string formSelector, string url, Dictionary<string, string> fields)
    {
        var form = page.QuerySelector(formSelector)!;
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(fields)
            .ToList();
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
