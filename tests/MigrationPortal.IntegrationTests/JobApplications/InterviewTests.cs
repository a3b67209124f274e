using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>
/// The employer invites a shortlisted candidate to an interview with a date, a time and a place or an https link; the
/// citizen reads it on the timeline and in a notice; selecting asks for a confirmation first (issue 11).
/// </summary>
public sealed class InterviewTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly DateOnly NextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));

    private Guid _orderOfA;
    private TestUser _employerUserA = null!;
    private TestUser _officer = null!;
    private TestUser _citizen = null!;
    private Guid _application;

    [Fact]
    public async Task The_invited_citizen_sees_the_date_time_and_place_on_the_timeline_and_in_a_notice()
    {
        await ArrangeAsync();
        var employer = await Fixture.SignedInClientAsync(_employerUserA);
        var invite = (await employer.GetPageAsync($"/Employer/Candidates/{_orderOfA}")).QuerySelector("[data-testid=invite-candidate]")!;
        invite.GetAttribute("href").ShouldBe($"/Employer/Candidates/Interview/{_application}");

        using (var sent = await employer.SubmitAsync($"/Employer/Candidates/Interview/{_application}", Invitation("10:30", "Samarqand filiali, 3-xona", null)))
        {
            sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            sent.Headers.Location!.OriginalString.ShouldBe($"/Employer/Candidates/{_orderOfA}");
        }

        var when = NextWeek.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " 10:30";
        (await employer.GetPageAsync($"/Employer/Candidates/{_orderOfA}")).QuerySelector("[data-testid=candidate-interview]")!.TextContent.ShouldContain("Samarqand filiali, 3-xona");
        var citizen = await Fixture.SignedInClientAsync(_citizen);
        var mine = await citizen.GetPageAsync("/Citizen/Applications");
        mine.QuerySelector("[data-testid=application-status]")!.TextContent.ShouldBe(Fixture.Text("ApplicationStatus.Interview"));
        mine.QuerySelector("[data-testid=interview-when]")!.TextContent.ShouldContain("10:30");
        mine.QuerySelector("[data-testid=interview-place]")!.TextContent.ShouldBe("Samarqand filiali, 3-xona");
        mine.QuerySelector("[data-testid=timeline-interview]")!.TextContent.ShouldContain("Samarqand filiali, 3-xona");
        var notices = await citizen.GetPageAsync("/Notifications");
        notices.QuerySelectorAll("[data-testid=notices] li").Select(li => li.TextContent).ShouldContain(t => t.Contains(Fixture.Text("Notice.Application.InterviewInvitation", "Formwork carpenter", when, "Samarqand filiali, 3-xona")));
    }

    [Fact]
    public async Task A_video_interview_gives_the_citizen_its_https_link()
    {
        await ArrangeAsync();
        var employer = await Fixture.SignedInClientAsync(_employerUserA);

        using (var sent = await employer.SubmitAsync($"/Employer/Candidates/Interview/{_application}", Invitation("09:00", null, "https://meet.example.com/daesung-42")))
        {
            sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var mine = await (await Fixture.SignedInClientAsync(_citizen)).GetPageAsync("/Citizen/Applications");
        mine.QuerySelector("[data-testid=interview-link]")!.GetAttribute("href").ShouldBe("https://meet.example.com/daesung-42");
        mine.QuerySelector("[data-testid=interview-place]").ShouldBeNull();
    }

    public static TheoryData<string, string, string?, string?, string, string> RefusedInvitations => new()
    {
        { "yesterday", "10:00", "Office", null, "Input.InterviewDate", ErrorCodes.InterviewInFuture },
        { "next week", "10:00", null, null, "Input.InterviewPlace", ErrorCodes.InterviewPlaceOrLink },
        { "next week", "10:00", null, "http://meet.example.com/abc", "Input.InterviewLink", ErrorCodes.InterviewLinkHttps },
        { "next week", "10:00", null, "javascript:alert(1)", "Input.InterviewLink", ErrorCodes.InterviewLinkHttps },
    };

    [Theory]
    [MemberData(nameof(RefusedInvitations))]
    public async Task An_invitation_in_the_past_without_a_place_or_link_or_with_a_link_that_is_not_https_is_refused_and_nothing_is_stored(string day, string time, string? place, string? link, string field, string code)
    {
        await ArrangeAsync();
        var employer = await Fixture.SignedInClientAsync(_employerUserA);
        var fields = Invitation(time, place, link);
        if (day == "yesterday")
        {
            fields["Input.InterviewDate"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var page = await employer.SubmitAndReadAsync($"/Employer/Candidates/Interview/{_application}", fields);

        page.FieldErrors(field).ShouldBe([Fixture.FieldMessage(code, field["Input.".Length..])]);
        var stored = await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync());
        (stored.Status, stored.InterviewAt).ShouldBe((ApplicationStatus.Shortlisted, (DateTimeOffset?)null));
        (await Fixture.WithDbAsync(db => db.Notifications.AnyAsync(n => n.MessageKey == "Notice.Application.InterviewInvitation"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_employer_can_neither_open_nor_send_an_invitation_or_a_selection_for_a_candidate_it_does_not_own()
    {
        await ArrangeAsync();
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var clientB = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerB));
        var version = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Version).SingleAsync());

        await clientB.GetPageAsync($"/Employer/Candidates/Interview/{_application}", HttpStatusCode.NotFound);
        await clientB.GetPageAsync($"/Employer/Candidates/Select/{_application}", HttpStatusCode.NotFound);
        var fields = Invitation("10:00", "Office", null).Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        using var invited = await clientB.PostAsync($"/Employer/Candidates/Interview/{_application}", fields, "/Employer");
        using var selected = await clientB.PostAsync($"/Employer/Candidates/Select/{_application}", new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture) }, "/Employer");

        invited.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        selected.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Shortlisted);
    }

    [Fact]
    public async Task Selecting_asks_for_a_confirmation_that_names_the_candidate_and_selects_only_when_confirmed()
    {
        await ArrangeAsync();
        var employer = await Fixture.SignedInClientAsync(_employerUserA);
        var candidates = await employer.GetPageAsync($"/Employer/Candidates/{_orderOfA}?culture=en");
        candidates.QuerySelector("form.select-form").ShouldBeNull("the card itself has no form that selects at once");
        var link = candidates.QuerySelector("[data-testid=select-candidate]")!.GetAttribute("href")!;

        var confirm = await employer.GetPageAsync(link + "?culture=en");

        confirm.QuerySelector("[data-testid=confirm-select]")!.TextContent.ShouldBe("Select Karimov0 Jasur for “Formwork carpenter”? The candidate takes one of the open positions (open now: 3) and the citizen is told.");
        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Shortlisted, "opening the confirmation changes nothing");
        using (var confirmed = await employer.SubmitAsync(link, new Dictionary<string, string?>(), "form.select-form"))
        {
            confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await Fixture.WithDbAsync(db => db.JobApplications.SingleAsync())).Status.ShouldBe(ApplicationStatus.Selected);
    }

    [Fact]
    public async Task A_note_typed_by_the_officer_shows_labelled_as_the_officers_note_apart_from_the_status()
    {
        await ArrangeAsync();
        var citizen = await Fixture.SignedInClientAsync(_citizen);

        var items = (await citizen.GetPageAsync("/Citizen/Applications?culture=en")).QuerySelectorAll("[data-testid=timeline-item]");

        var shortlisted = items.Single(i => i.QuerySelector("[data-testid=timeline-status]")!.TextContent.EndsWith("Shortlisted for the employer", StringComparison.Ordinal));
        shortlisted.QuerySelector("[data-testid=timeline-status]")!.TextContent.ShouldNotContain("Good match");
        shortlisted.QuerySelector("[data-testid=timeline-note]")!.TextContent.ShouldBe("Officer's note: Good match");
    }

    private Dictionary<string, string?> Invitation(string time, string? place, string? link) => new()
    {
        ["Input.InterviewDate"] = NextWeek.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.InterviewTime"] = time,
        ["Input.InterviewPlace"] = place,
        ["Input.InterviewLink"] = link,
    };

    private async Task ArrangeAsync()
    {
        var employerA = await Fixture.CreateEmployerAsync("Daesung Test");
        _employerUserA = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerA);
        _officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        _orderOfA = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerA, _employerUserA.Id, _officer.Id);
        var arranged = await profiles.SubmittedInSamarkandAsync(lastName: "Karimov0");
        await profiles.VerifyAsync(arranged, _officer.Id);
        _citizen = arranged.Citizen;
        _application = await Fixture.SendAsync(_citizen, new ApplyToJobOrderCommand(_orderOfA));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([_application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([_application], ApplicationStatus.Shortlisted, "Good match"));
    }
}
