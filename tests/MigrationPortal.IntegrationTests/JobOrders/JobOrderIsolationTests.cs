using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;
using static MigrationPortal.IntegrationTests.JobOrders.JobOrderArrangement;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>Employer B tries every way to reach employer A's job orders (docs/design/domain.md, Who sees what; docs/design/quality.md, Tenancy).</summary>
public sealed class JobOrderIsolationTests(PortalFixture fixture) : PortalTest(fixture)
{
    private PortalClient _clientA = null!;
    private PortalClient _clientB = null!;
    private Guid _draftOfA;
    private Guid _publishedOfA;

    private async Task ArrangeAsync()
    {
        var employerA = await Fixture.CreateEmployerAsync("Employer A");
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        _clientA = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerA));
        _clientB = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employerB));
        _draftOfA = await CreateAsync(_clientA, Form(title: "Secret draft of A"));
        _publishedOfA = await CreateAsync(_clientA, Form(title: "Published order of A"));
        await SubmitAsync(_clientA, _publishedOfA);
        var supervisor = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));
        (await supervisor.SubmitAsync(ReviewUrl(_publishedOfA), new Dictionary<string, string?>(), "#approve-form")).Dispose();
    }

    [Fact]
    public async Task Employer_B_lists_and_counts_only_its_own_orders()
    {
        await ArrangeAsync();
        await CreateAsync(_clientB, Form(title: "Order of B"));

        foreach (var url in new[] { "/Employer/JobOrders", "/Employer/JobOrders?status=Published", "/Employer/JobOrders?status=Draft" })
        {
            var page = await _clientB.GetPageAsync(url);
            page.Body!.TextContent.ShouldNotContain("of A");
            page.QuerySelector("[data-testid=total]")!.TextContent.ShouldBe(url.EndsWith("Published", StringComparison.Ordinal) ? "0" : "1");
        }
    }

    [Fact]
    public async Task Employer_B_cannot_open_or_edit_As_order_by_url()
    {
        await ArrangeAsync();

        await _clientB.GetPageAsync(ViewUrl(_draftOfA), HttpStatusCode.NotFound);
        await _clientB.GetPageAsync($"/Employer/JobOrders/Edit/{_draftOfA}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Employer_B_posting_As_order_id_in_the_url_or_the_form_changes_nothing()
    {
        await ArrangeAsync();
        var draft = await OrderAsync(Fixture, _draftOfA);
        var published = await OrderAsync(Fixture, _publishedOfA);
        var fields = Form(title: "Taken over").Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
        fields["Input.Id"] = _draftOfA.ToString();
        fields["Input.Version"] = draft.Version.ToString(CultureInfo.InvariantCulture);

        using (var edit = await _clientB.PostAsync($"/Employer/JobOrders/Edit/{_draftOfA}", fields, "/Employer/JobOrders/Edit"))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // An id in the form of B's own new order is ignored: the route decides, and a new order of B's is created.
        using (var create = await _clientB.PostAsync("/Employer/JobOrders/Edit", fields, "/Employer/JobOrders/Edit"))
        {
            create.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        foreach (var (handler, id, version) in new[]
        {
            ("Submit", _draftOfA, draft.Version), ("Pause", _publishedOfA, published.Version), ("Resume", _publishedOfA, published.Version), ("Close", _publishedOfA, published.Version),
        })
        {
            using var response = await _clientB.PostAsync($"{ViewUrl(id)}?handler={handler}", new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Id"] = id.ToString() }, "/Employer/JobOrders/Edit");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }

        var after = await Fixture.WithDbAsync(db => db.JobOrders.AsNoTracking().Where(o => o.Id == _draftOfA || o.Id == _publishedOfA).ToDictionaryAsync(o => o.Id));
        after[_draftOfA].Title.ShouldBe("Secret draft of A");
        after[_draftOfA].Status.ShouldBe(JobOrderStatus.Draft);
        after[_draftOfA].Version.ShouldBe(draft.Version);
        after[_publishedOfA].Status.ShouldBe(JobOrderStatus.Published);
        after[_publishedOfA].Version.ShouldBe(published.Version);
        (await Fixture.WithDbAsync(db => db.JobOrders.CountAsync(o => o.Title == "Taken over" && o.OrganizationId == after[_draftOfA].OrganizationId))).ShouldBe(0);
    }
}
