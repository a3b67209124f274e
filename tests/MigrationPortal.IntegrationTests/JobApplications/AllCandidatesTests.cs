using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>An employer's candidates across all its orders on one page, filtered by order and status (issue 11).</summary>
public sealed class AllCandidatesTests(PortalFixture fixture) : PortalTest(fixture)
{
    private TestUser _officer = null!;
    private ProfileArrangement _profiles = null!;
    private int _serial;

    [Fact]
    public async Task The_employer_sees_the_candidates_of_every_order_and_filters_them_by_order_and_status()
    {
        var (employer, user) = await EmployerAsync("Daesung Test");
        var welders = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employer, user.Id, _officer.Id, title: "Welder");
        var carpenters = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employer, user.Id, _officer.Id, title: "Carpenter");
        var selected = await ShortlistedAsync(welders);
        await ShortlistedAsync(welders);
        await ShortlistedAsync(carpenters);
        await AppliedAsync(carpenters);
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Where(a => a.Id == selected).Select(a => a.Version).SingleAsync());
        await Fixture.SendAsync(user, new DecideOnCandidateCommand(selected, version, ApplicationStatus.Selected, null) { Confirmed = true });
        var client = await Fixture.SignedInClientAsync(user);

        var all = await client.GetPageAsync("/Employer/Candidates");
        var ofWelders = await client.GetPageAsync($"/Employer/Candidates?order={welders}");
        var selectedOnly = await client.GetPageAsync("/Employer/Candidates?status=Selected");
        var none = await client.GetPageAsync($"/Employer/Candidates?order={carpenters}&status=Selected");

        all.QuerySelectorAll("[data-testid=candidate-row]").Length.ShouldBe(3, "the applicant the agency has not shortlisted is not there");
        all.QuerySelectorAll("#order option").Select(o => o.TextContent).ShouldBe([Fixture.Text("Queue.All"), "Carpenter", "Welder"]);
        ofWelders.QuerySelectorAll("[data-testid=candidate-row]").Length.ShouldBe(2);
        ofWelders.QuerySelectorAll("[data-testid=candidate-row]").ShouldAllBe(r => r.TextContent.Contains("Welder"));
        selectedOnly.QuerySelectorAll("[data-testid=status]").Select(s => s.TextContent).ShouldBe([Fixture.Text("ApplicationStatus.Selected")]);
        none.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Candidates.AllEmptyFiltered"));
    }

    [Fact]
    public async Task Another_employer_sees_none_of_them_even_with_the_order_id_in_the_filter()
    {
        var (employer, user) = await EmployerAsync("Daesung Test");
        var order = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employer, user.Id, _officer.Id, title: "Welder");
        await ShortlistedAsync(order);
        var (_, userB) = await EmployerAsync("Employer B");
        var clientB = await Fixture.SignedInClientAsync(userB);

        var mine = await clientB.GetPageAsync("/Employer/Candidates");
        var crafted = await clientB.GetPageAsync($"/Employer/Candidates?order={order}");

        mine.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("Candidates.AllEmpty"));
        crafted.QuerySelectorAll("[data-testid=candidate-row]").Length.ShouldBe(0);
        crafted.QuerySelectorAll("#order option").Length.ShouldBe(1, "only \"all\": B has no order with candidates");
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.AnyAsync(a => a.ViewerId == userB.Id))).ShouldBeFalse();
    }

    private async Task<(Guid Employer, TestUser User)> EmployerAsync(string name)
    {
        _officer ??= await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        _profiles ??= new ProfileArrangement(Fixture);
        var employer = await Fixture.CreateEmployerAsync(name);
        return (employer, await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
    }

    private async Task<Guid> AppliedAsync(Guid order)
    {
        var arranged = await _profiles.SubmittedInSamarkandAsync(lastName: $"Karimov{_serial++}");
        await _profiles.VerifyAsync(arranged, _officer.Id);
        return await Fixture.SendAsync(arranged.Citizen, new ApplyToJobOrderCommand(order));
    }

    private async Task<Guid> ShortlistedAsync(Guid order)
    {
        var id = await AppliedAsync(order);
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Shortlisted, "Good match"));
        return id;
    }
}
