using System.Net;
using AngleSharp.Html.Dom;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;
using Xunit.Abstractions;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>
/// Each audience follows every link it can reach from its home page, breadth first: a renamed or removed page shows up
/// here as a 404 (or as the empty link a page name that no longer resolves renders), and a link to a page the user may
/// not open as a 403, with the page that links to it.
/// </summary>
public sealed class LinkWalkTests(PortalFixture fixture, ITestOutputHelper output) : PortalTest(fixture)
{
    private const int MaxPages = 300;

    [Fact]
    public async Task No_link_a_visitor_can_follow_is_broken()
    {
        await ArrangeAsync();
        await WalkAsync(Fixture.CreateClient(), "/");
    }

    [Fact]
    public async Task No_link_a_verified_citizen_can_follow_is_broken()
    {
        var arranged = await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(arranged.Citizen), "/Citizen");
    }

    [Fact]
    public async Task No_link_a_branch_officer_can_follow_is_broken()
    {
        var arranged = await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(arranged.Officer), "/Agency");
    }

    [Fact]
    public async Task No_link_a_representative_office_officer_can_follow_is_broken()
    {
        await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Officer, unitId: JobOrderArrangement.KoreaOffice)), "/Agency");
    }

    [Fact]
    public async Task No_link_a_supervisor_can_follow_is_broken()
    {
        await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor)), "/Agency");
    }

    [Fact]
    public async Task No_link_an_employer_can_follow_is_broken()
    {
        var arranged = await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(arranged.EmployerAdmin), "/Employer");
    }

    [Fact]
    public async Task No_link_an_employers_staff_member_can_follow_is_broken()
    {
        var arranged = await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, arranged.Employer)), "/Employer");
    }

    [Fact]
    public async Task A_branch_officer_is_not_offered_the_job_order_approval_they_may_not_open_and_a_supervisor_is()
    {
        var arranged = await ArrangeAsync();
        var officer = await (await Fixture.SignedInClientAsync(arranged.Officer)).GetPageAsync("/Agency");
        var supervisor = await (await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor))).GetPageAsync("/Agency");

        var approval = Fixture.Text("Nav.JobOrderApproval");
        officer.QuerySelectorAll("nav a").Select(a => a.TextContent.Trim()).ShouldNotContain(approval);
        officer.QuerySelectorAll("nav a").Select(a => a.TextContent.Trim()).ShouldContain(Fixture.Text("Nav.Screening"));
        supervisor.QuerySelectorAll("nav a").Select(a => a.TextContent.Trim()).ShouldContain(approval);
    }

    [Fact]
    public async Task No_link_an_administrator_can_follow_is_broken()
    {
        await ArrangeAsync();
        await WalkAsync(await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Administrator)), "/Admin");
    }

    /// <summary>
    /// Enough for the detail links to exist: a published order a verified citizen applied to and the branch shortlisted
    /// (notices for the citizen and the employer), and another order waiting for approval.
    /// </summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Test");
        var employerAdmin = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer);
        var orders = new VacancyArrangement(Fixture);
        var order = await orders.PublishedAsync(employer, VacancyArrangement.Terms("Payvandchi"));
        await orders.OrderAsync(employer, VacancyArrangement.Terms("Bo‘yoqchi"), JobOrderStatus.PendingApproval);
        var officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        var profiles = new ProfileArrangement(Fixture);
        var profile = await profiles.SubmittedInSamarkandAsync();
        await profiles.VerifyAsync(profile, officer.Id);
        var application = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(order));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "TOPIK 3"));
        return new Arranged(profile.Citizen, officer, employer, employerAdmin);
    }

    private async Task WalkAsync(PortalClient client, string home)
    {
        var origin = client.Http.BaseAddress!;
        var queue = new Queue<(string Url, string From)>([(home, "(home)")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { home };
        var broken = new List<string>();
        var forbidden = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            visited++;
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            var links = new List<string>();
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotFound:
                    broken.Add($"{url} answers 404 (linked from {from})");
                    continue;
                case HttpStatusCode.Forbidden:
                    forbidden.Add($"{url} answers 403 (linked from {from})");
                    continue;
                case HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther:
                    links.Add(response.Headers.Location!.OriginalString);
                    break;
                default:
                    if (response.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        var page = await PortalClient.ParseAsync(response);
                        broken.AddRange(EmptyLinks(page).Select(element => $"{url} has a link that resolves to no page: {element}"));
                        links.AddRange(Links(page));
                    }

                    break;
            }

            foreach (var link in links)
            {
                if (Internal(origin, url, link) is { } next && seen.Add(next))
                {
                    queue.Enqueue((next, url));
                }
            }
        }

        output.WriteLine($"{home}: {visited} pages visited, {queue.Count} left unvisited (bound {MaxPages}).");
        visited.ShouldBeGreaterThan(1, "the home page should link somewhere");
        broken.ShouldBeEmpty(string.Join(Environment.NewLine, broken));
        forbidden.ShouldBeEmpty(string.Join(Environment.NewLine, forbidden));
    }

    /// <summary>Where a page leads with a GET: its links and the actions of its GET forms (a form without a method is one).</summary>
    private static IEnumerable<string> Links(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
                .Where(f => !f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
                .Select(f => f.GetAttribute("action") ?? ""))
            .Where(href => href.Length > 0);

    /// <summary>A tag helper renders an empty href or action when the page it names does not exist.</summary>
    private static IEnumerable<string> EmptyLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href=''], form[action='']").Select(e => e.OuterHtml.Split('>')[0] + ">");

    /// <summary>
    /// The path and query of a link within the portal, or null for one to leave alone: another site, signing out, or a
    /// language switch (the menu repeats every page in each language; the page itself is walked once).
    /// </summary>
    private static string? Internal(Uri origin, string from, string link)
    {
        var target = new Uri(new Uri(origin, from), link);
        if (target.Scheme != origin.Scheme || target.Authority != origin.Authority
            || target.AbsolutePath.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
            || target.Query.Contains("culture=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return target.PathAndQuery;
    }

    private sealed record Arranged(TestUser Citizen, TestUser Officer, Guid Employer, TestUser EmployerAdmin);
}
