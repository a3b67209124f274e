using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Demo;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>What eng/run.sh seeds for a demonstration: citizens whose profiles fill every officer's queue.</summary>
public sealed class DemoDataTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly Guid Samarkand = new("00000000-0000-0000-0001-000000000010");
    private static readonly Guid TashkentCity = new("00000000-0000-0000-0001-000000000014");

    [Fact]
    public async Task Demo_job_orders_are_published_by_several_employers_in_several_countries_and_findable()
    {
        await SeedAsync();
        await SeedAsync();

        var published = await Fixture.WithDbAsync(db => db.JobOrders.Where(o => o.Status == JobOrderStatus.Published).ToListAsync());
        published.Select(o => o.OrganizationId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        published.Select(o => o.CountryCode).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        published.ShouldAllBe(o => o.SearchText.Length > 0 && o.MonthlyWageUsd > 0);
        var states = await Fixture.WithDbAsync(db => db.JobOrders.Select(o => o.Status).Distinct().ToListAsync());
        states.ShouldBe([JobOrderStatus.Draft, JobOrderStatus.PendingApproval, JobOrderStatus.Published, JobOrderStatus.Rejected, JobOrderStatus.Paused], ignoreOrder: true);
        (await Fixture.WithDbAsync(db => db.MinimumWages.CountAsync())).ShouldBe(4);
        var applicationStates = await Fixture.WithDbAsync(db => db.JobApplications.Select(a => a.Status).ToListAsync());
        applicationStates.ShouldBe(Enum.GetValues<ApplicationStatus>(), ignoreOrder: true);

        var welder = published.Single(o => o.OrganizationId == DemoData.DaesungId && o.OccupationCode == "7212");
        var vacancy = await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{welder.Id}");
        var pictures = vacancy.QuerySelectorAll("img[src^='/Vacancies/Photo/']").Select(i => i.GetAttribute("src")!).ToList();
        pictures.Count.ShouldBe(2, "the welder's order shows Daesung's workplace and housing");
        using var picture = await Fixture.CreateClient().Http.GetAsync(new Uri(pictures[0], UriKind.Relative));
        picture.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await picture.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public async Task Demo_profiles_are_in_every_status_in_several_units_and_a_second_run_adds_nothing()
    {
        await SeedAsync();
        await SeedAsync();

        var profiles = (await Fixture.WithDbAsync(db => db.WorkerProfiles.AsNoTracking().ToListAsync()))
            .Select(p => new { p.Status, p.UnitId, p.ConsentActive, p.ReturnReasons.Count })
            .ToList();
        var users = await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@demo.migration.uz")));

        profiles.Count.ShouldBe(DemoData.Citizens.Count);
        users.ShouldBe(DemoData.Citizens.Count + 6);
        foreach (var status in Enum.GetValues<ProfileStatus>())
        {
            profiles.Where(p => p.Status == status).Select(p => p.UnitId).Distinct().Count()
                .ShouldBeGreaterThanOrEqualTo(2, $"{status} profiles should be spread over several units");
        }

        profiles.Select(p => p.UnitId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        profiles.Where(p => p.UnitId == Samarkand).Select(p => p.Status).Distinct().Count().ShouldBe(4);
        profiles.Where(p => p.UnitId == TashkentCity).Select(p => p.Status).Distinct().Count().ShouldBe(4);
        profiles.Where(p => p.Status == ProfileStatus.Returned).ShouldAllBe(p => p.Count > 0);
        profiles.ShouldContain(p => !p.ConsentActive && p.Status == ProfileStatus.Draft);
    }

    [Fact]
    public async Task No_demo_candidate_is_shortlisted_past_the_orders_requirements_without_a_recorded_reason()
    {
        await SeedAsync();

        var shortlisted = await Fixture.WithDbAsync(async db =>
        {
            var facts = await ScreeningFacts.LoadAsync(db, CancellationToken.None);
            var rows = await (
                from a in db.JobApplications.AsNoTracking()
                where a.ShortlistedAt != null
                join o in db.JobOrders on a.JobOrderId equals o.Id
                join p in db.WorkerProfiles on a.CitizenId equals p.Id
                select new { a.ShortlistUnmet, a.ShortlistOverrideReason, Order = o, p.BirthDate, p.Languages, p.Professions })
                .ToListAsync();
            var today = AgencyCalendar.Today(TimeProvider.System);
            return rows.ConvertAll(r => (Unmet: ApplicationEligibility.Unmet(facts.Requirements(r.Order), facts.Candidate(r.BirthDate, r.Languages, r.Professions), today), r.ShortlistUnmet, r.ShortlistOverrideReason));
        });

        shortlisted.Count.ShouldBeGreaterThanOrEqualTo(6, "every status from Shortlisted to Returned has a demo application");
        shortlisted.ShouldAllBe(s => s.Unmet.SequenceEqual(s.ShortlistUnmet) && (s.Unmet.Count == 0) == (s.ShortlistOverrideReason == null));
    }

    [Fact]
    public async Task Every_status_change_is_recorded_with_the_officer_who_decided()
    {
        await SeedAsync();

        var changes = await Fixture.WithDbAsync(db => db.StatusChanges.Where(c => c.EntityType == nameof(WorkerProfile)).ToListAsync());
        var officers = await Fixture.WithDbAsync(db => db.Users
            .Where(u => u.Email == "officer.samarkand@demo.migration.uz" || u.Email == "officer.tashkent@demo.migration.uz" || u.Email == "supervisor@demo.migration.uz")
            .Select(u => u.Id).ToListAsync());
        var withdrawn = await Fixture.WithDbAsync(db => db.ConsentRecords.Where(c => c.WithdrawnAt != null).Select(c => c.CitizenId).ToListAsync());

        changes.Count(c => c.FromStatus == null).ShouldBe(DemoData.Citizens.Count);
        changes.Where(c => c.ToStatus is "Verified" or "Returned").ShouldAllBe(c => officers.Contains(c.ChangedBy!.Value));
        changes.Where(c => c.ToStatus is "Submitted").ShouldAllBe(c => c.ChangedBy == c.EntityId);
        changes.ShouldContain(c => c.Reason == "ConsentWithdrawn" && withdrawn.Contains(c.EntityId));
        changes.ShouldContain(c => c.Reason == "ChangedAfterVerification");
    }

    [Fact]
    public async Task A_demo_citizen_with_a_verified_profile_and_several_applications_has_a_notice_of_every_step_newest_first_each_opening_for_them()
    {
        await SeedAsync();
        var (citizen, email, applications, changes) = await Fixture.WithDbAsync(async db =>
        {
            var citizen = await db.JobApplications
                .Where(a => db.WorkerProfiles.Any(p => p.Id == a.CitizenId && p.Status == ProfileStatus.Verified))
                .GroupBy(a => a.CitizenId)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => g.Key)
                .FirstAsync();
            var applications = await db.JobApplications.Where(a => a.CitizenId == citizen).Select(a => a.Id).ToListAsync();
            var steps = await db.StatusChanges
                .Where(c => (c.EntityType == nameof(JobApplication) && applications.Contains(c.EntityId)) || (c.EntityType == nameof(WorkerProfile) && c.EntityId == citizen && c.FromStatus != null))
                .Select(c => c.ChangedAt)
                .ToListAsync();
            return (citizen, (await db.Users.SingleAsync(u => u.Id == citizen)).Email!, applications, steps);
        });
        var stored = await Fixture.WithDbAsync(db => db.Notifications.Where(n => n.UserId == citizen)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.MessageKey, n.Arguments, n.CreatedAt })
            .ToListAsync());
        var client = Fixture.CreateClient();
        using (var signedIn = await client.SubmitAsync("/Account/Login", Credentials(email)))
        {
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = await client.GetPageAsync("/Notifications");
        var shown = page.QuerySelectorAll("[data-testid=notices] li").ToList();
        var links = page.QuerySelectorAll("[data-testid=notice-link]").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        applications.Count.ShouldBeGreaterThanOrEqualTo(2);
        stored.Select(n => n.CreatedAt).Order().ShouldBe(changes.Order(), "one notice for each move of the profile and of each application, at the move's time");
        stored.ShouldContain(n => n.MessageKey == "Notice.ProfileVerified");
        stored.Count(n => n.MessageKey == "Notice.Application.Submitted").ShouldBe(applications.Count);
        shown.Count.ShouldBe(Math.Min(stored.Count, ListMyNotificationsHandler.PageSize));
        for (var i = 0; i < shown.Count; i++)
        {
            shown[i].TextContent.ShouldContain(Fixture.Text(stored[i].MessageKey, [.. stored[i].Arguments]), Case.Sensitive, "newest first");
            DateTimeOffset.Parse(shown[i].QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture).ShouldBe(stored[i].CreatedAt);
        }

        links.Count.ShouldBeGreaterThanOrEqualTo(2, "the profile and the applications");
        foreach (var link in links)
        {
            var target = await client.GetPageAsync(link);
            if (link.Split('#') is [_, var anchor])
            {
                target.GetElementById(anchor).ShouldNotBeNull(link);
            }
        }
    }

    [Fact]
    public async Task Each_demo_employer_user_is_told_of_every_decision_on_its_orders_and_every_candidate_shortlisted()
    {
        await SeedAsync();

        var employers = await Fixture.WithDbAsync(async db =>
        {
            var users = await db.Users.Where(u => u.OrganizationId != null).Select(u => new { u.Id, Employer = u.OrganizationId!.Value }).ToListAsync();
            var notices = await db.Notifications.Select(n => new { n.UserId, n.MessageKey, n.Arguments }).ToListAsync();
            var orders = await db.JobOrders.Select(o => new { o.OrganizationId, o.Title, o.Status, o.RejectionReason }).ToListAsync();
            var shortlisted = await db.JobApplications.Where(a => a.ShortlistedAt != null).Select(a => a.EmployerId).ToListAsync();
            return users.ConvertAll(u => (
                Approved: orders.Where(o => o.OrganizationId == u.Employer && o.Status is JobOrderStatus.Published or JobOrderStatus.Paused).Select(o => o.Title).Order().ToList(),
                ToldApproved: notices.Where(n => n.UserId == u.Id && n.MessageKey == "Notice.Employer.OrderApproved").Select(n => n.Arguments[0]).Order().ToList(),
                Rejected: orders.Where(o => o.OrganizationId == u.Employer && o.Status == JobOrderStatus.Rejected).Select(o => $"{o.Title}|{o.RejectionReason}").ToList(),
                ToldRejected: notices.Where(n => n.UserId == u.Id && n.MessageKey == "Notice.Employer.OrderRejected").Select(n => string.Join('|', n.Arguments)).ToList(),
                Shortlisted: shortlisted.Count(e => e == u.Employer),
                ToldShortlisted: notices.Count(n => n.UserId == u.Id && n.MessageKey == "Notice.Employer.Shortlisted")));
        });

        employers.Count.ShouldBeGreaterThanOrEqualTo(3);
        employers.ShouldContain(e => e.Approved.Count > 0 && e.Shortlisted > 0);
        employers.ShouldContain(e => e.Rejected.Count > 0);
        foreach (var employer in employers)
        {
            employer.ToldApproved.ShouldBe(employer.Approved);
            employer.ToldRejected.ShouldBe(employer.Rejected);
            employer.ToldShortlisted.ShouldBe(employer.Shortlisted);
        }
    }

    [Fact]
    public async Task No_personal_number_is_stored_in_clear_and_each_unseals_to_a_valid_one()
    {
        await SeedAsync();

        var rows = await Fixture.WithDbAsync(db => db.WorkerProfiles.Select(p => new { p.Id, p.PinflCipher, p.PassportCipher, p.BirthDate, p.Sex }).ToListAsync());
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalNumberProtector>();

        rows.Count.ShouldBe(DemoData.Citizens.Count);
        foreach (var citizen in DemoData.Citizens)
        {
            var row = rows.Single(r => r.Id == DemoData.CitizenId(citizen.Number));
            var pinfl = DemoData.PinflOf(citizen);
            row.PinflCipher.ShouldNotBeNull();
            row.PinflCipher.ShouldNotContain(pinfl);
            protector.Unseal(row.PinflCipher).ShouldBe(pinfl);
            Pinfl.TryParse(pinfl, out var parsed).ShouldBe(PinflProblem.None);
            parsed!.AgreesWith(row.BirthDate!.Value, row.Sex!.Value).ShouldBeTrue();
            if (row.PassportCipher is not null)
            {
                row.PassportCipher.ShouldNotContain(citizen.Passport[2..]);
                PassportNumber.TryParse(protector.Unseal(row.PassportCipher), out _).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public async Task Demo_profiles_use_the_reference_data_and_carry_readable_documents()
    {
        await SeedAsync();

        var problems = await Fixture.WithDbAsync(async db =>
        {
            var profiles = await db.WorkerProfiles.AsNoTracking().ToListAsync();
            var districts = await db.Districts.ToDictionaryAsync(d => d.Id, d => d.RegionId);
            var occupations = (await db.Occupations.Select(o => o.Code).ToListAsync()).ToHashSet();
            var levels = await db.LanguageLevels.ToDictionaryAsync(l => l.Id, l => l.ScaleCode);
            var scales = await db.Languages.ToDictionaryAsync(l => l.Code, l => l.ScaleCode);
            var countries = (await db.Countries.Select(c => c.Code).ToListAsync()).ToHashSet();
            return profiles.SelectMany(p => new[]
                {
                    districts[p.DistrictId!.Value] == p.RegionId ? null : $"{p.Id}: district outside region",
                    p.Professions.All(x => occupations.Contains(x.OccupationCode) && x.OccupationCode.Length == 4) ? null : $"{p.Id}: unknown occupation",
                    p.Languages.All(x => levels[x.LevelId] == scales[x.LanguageCode]) ? null : $"{p.Id}: level on another scale",
                    p.PreferredCountries.All(countries.Contains) ? null : $"{p.Id}: unknown country",
                    p.PassportExpiresOn is null || p.PassportExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6) ? null : $"{p.Id}: passport expires soon",
                })
                .OfType<string>()
                .ToList();
        });
        var documents = await Fixture.WithDbAsync(db => db.ProfileDocuments.ToListAsync());
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();

        problems.ShouldBeEmpty();
        documents.Count.ShouldBe(2 * DemoData.Citizens.Count(c => c.Scenario != DemoScenario.DraftIncomplete));
        foreach (var document in documents)
        {
            var bytes = await files.ReadAsync(document.FileId, CancellationToken.None);
            bytes.ShouldNotBeNull();
            bytes.LongLength.ShouldBe(document.Length);
            var signature = document.Kind == DocumentKind.Photo ? "\u0089PNG\r\n\u001a\n" : "%PDF-";
            new string([.. bytes.Take(signature.Length).Select(b => (char)b)]).ShouldBe(signature);
        }
    }

    [Fact]
    public async Task Every_demo_staff_account_signs_in_with_the_key_the_README_gives_and_the_others_with_the_password_alone()
    {
        await SeedAsync();
        await SeedAsync();
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var step = Totp.CurrentStep;

        readme.ShouldContain($"`{DemoData.StaffAuthenticatorKey}`");
        foreach (var email in DemoData.StaffEmails)
        {
            var client = Fixture.CreateClient();
            using var password = await client.SubmitAsync("/Account/Login", Credentials(email));
            password.Headers.Location!.OriginalString.ShouldBe(PortalClient.CodePage, email);
            using var coded = await client.SubmitCodeAsync(Totp.Code(DemoData.StaffAuthenticatorKey, step));
            coded.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            coded.Headers.Location!.OriginalString.ShouldNotStartWith("/Account", Case.Insensitive, email);
        }

        foreach (var email in new[] { "staff@daesung.example", "citizen@demo.migration.uz" })
        {
            using var password = await Fixture.CreateClient().SubmitAsync("/Account/Login", Credentials(email));
            password.Headers.Location!.OriginalString.ShouldNotStartWith("/Account", Case.Insensitive, email);
        }
    }

    private static Dictionary<string, string?> Credentials(string email) => new()
    {
        ["Input.Login"] = email,
        ["Input.Password"] = DemoData.DefaultPassword,
    };

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "MigrationPortal.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }

    private async Task SeedAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        await DemoData.SeedAsync(scope.ServiceProvider);
    }
}
