using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>An officer opens a submitted profile, checks it, and verifies or returns it (docs/design/domain.md, Worker profile).</summary>
public sealed class ProfileReviewTests(PortalFixture fixture) : PortalTest(fixture)
{
    private readonly ProfileArrangement _profiles = new(fixture);

    private Task<TestUser> SamarkandOfficerAsync() => Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);

    private static string ReviewUrl(ArrangedProfile profile) => $"/Agency/Profiles/Review/{profile.Id}";

    private Task<WorkerProfile> ProfileAsync(ArrangedProfile profile) =>
        Fixture.WithDbAsync(db => db.WorkerProfiles.AsNoTracking().SingleAsync(p => p.Id == profile.Id));

    private Task<int> DecisionsAsync(ArrangedProfile profile) =>
        Fixture.WithDbAsync(db => db.StatusChanges.CountAsync(s => s.EntityId == profile.Id && (s.ToStatus == "Verified" || s.ToStatus == "Returned")));

    /// <summary>Posts a form of a page already loaded, with the token and version it rendered.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page, string form, string url, Dictionary<string, string> fields)
    {
        foreach (var hidden in page.QuerySelectorAll($"{form} input[type=hidden]"))
        {
            fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value")!;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    [Fact]
    public async Task Officer_sees_the_whole_profile_with_personal_numbers_in_clear_and_each_opening_is_audited()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await SamarkandOfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);

        using var response = await client.Http.GetAsync(new Uri(ReviewUrl(profile) + "?culture=en", UriKind.Relative));
        var page = await PortalClient.ParseAsync(response);
        await client.GetPageAsync(ReviewUrl(profile));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.QuerySelector("[data-testid=full-name]")!.TextContent.ShouldBe(profile.FullName);
        page.QuerySelector("[data-testid=pinfl]")!.TextContent.ShouldBe(profile.Pinfl);
        page.QuerySelector("[data-testid=passport]")!.TextContent.ShouldBe(profile.Passport);
        page.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe("Submitted for verification");
        page.QuerySelectorAll("[data-testid=document]").Length.ShouldBe(2);
        page.QuerySelectorAll("[data-testid=history-row]").Length.ShouldBe(2);
        page.Body!.TextContent.ShouldContain("Carpenters");
        page.Body!.TextContent.ShouldContain("TOPIK 3");
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.CitizenId == profile.Citizen.Id).ToListAsync());
        audit.Count.ShouldBe(2);
        audit.ShouldAllBe(a => a.ViewerId == officer.Id && a.Action == "ViewProfile");
    }

    [Fact]
    public async Task Officer_can_neither_open_nor_download_nor_decide_on_another_units_profile()
    {
        var own = await _profiles.SubmittedInSamarkandAsync();
        var foreign = await _profiles.SubmittedInTashkentCityAsync();
        var client = await Fixture.SignedInClientAsync(await SamarkandOfficerAsync());

        await client.GetPageAsync(ReviewUrl(foreign), HttpStatusCode.NotFound);
        using (var download = await client.Http.GetAsync(new Uri($"/Agency/Profiles/Document/{foreign.PassportScanId}", UriKind.Relative)))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // The verify form of the officer's own profile, posted to the other unit's profile with its current version.
        var ownPage = await client.GetPageAsync(ReviewUrl(own));
        var token = ownPage.QuerySelector("#verify-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var foreignVersion = (await ProfileAsync(foreign)).Version;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Version"] = foreignVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var verify = await client.Http.PostAsync(new Uri($"{ReviewUrl(foreign)}?handler=Verify", UriKind.Relative), content);

        verify.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProfileAsync(foreign)).Status.ShouldBe(ProfileStatus.Submitted);
        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.CountAsync(a => a.CitizenId == foreign.Citizen.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Supervisor_opens_a_profile_of_any_unit()
    {
        var foreign = await _profiles.SubmittedInTashkentCityAsync();
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Supervisor));

        var page = await client.GetPageAsync(ReviewUrl(foreign));

        page.QuerySelector("[data-testid=pinfl]")!.TextContent.ShouldBe(foreign.Pinfl);
    }

    [Fact]
    public async Task A_profile_whose_owner_withdrew_consent_cannot_be_opened()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        await _profiles.WithdrawConsentAsync(profile);
        var client = await Fixture.SignedInClientAsync(await SamarkandOfficerAsync());

        await client.GetPageAsync(ReviewUrl(profile), HttpStatusCode.NotFound);
        using var download = await client.Http.GetAsync(new Uri($"/Agency/Profiles/Document/{profile.PhotoId}", UriKind.Relative));
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Verifying_records_the_officer_and_tells_the_citizen()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await SamarkandOfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);

        using var response = await client.SubmitAsync(ReviewUrl(profile), new Dictionary<string, string?>(), "#verify-form");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var queue = await client.GetPageAsync(response.Headers.Location!.OriginalString + "&culture=en");
        queue.QuerySelector("[data-testid=decided]")!.TextContent.ShouldBe("The profile was verified. The citizen has been notified.");
        var saved = await ProfileAsync(profile);
        saved.Status.ShouldBe(ProfileStatus.Verified);
        saved.DecidedBy.ShouldBe(officer.Id);
        var change = await Fixture.WithDbAsync(db => db.StatusChanges.SingleAsync(s => s.EntityId == profile.Id && s.ToStatus == "Verified"));
        change.FromStatus.ShouldBe("Submitted");
        change.ChangedBy.ShouldBe(officer.Id);
        var notice = await Fixture.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == profile.Citizen.Id));
        notice.MessageKey.ShouldBe("Notice.ProfileVerified");
        notice.TargetKind.ShouldBe(NoticeTargetKind.WorkerProfile);
        notice.TargetId.ShouldBe(profile.Id);
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == profile.Citizen.Email))).ShouldBe(1);
    }

    [Fact]
    public async Task Returning_keeps_each_reason_by_its_part_and_tells_the_citizen()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await SamarkandOfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);

        using var response = await client.SubmitAsync(ReviewUrl(profile), new Dictionary<string, string?>
        {
            ["Input.PassportReason"] = "Pasport nusxasida seriya va raqam o‘qilmaydi.",
            ["Input.DocumentsReason"] = "Fotosurat oq fonda bo‘lishi kerak.",
        }, "#return-form");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ProfileAsync(profile);
        saved.Status.ShouldBe(ProfileStatus.Returned);
        saved.ReturnReasons.Select(r => (r.Section, r.Reason)).ShouldBe(
        [
            (ProfileSection.Passport, "Pasport nusxasida seriya va raqam o‘qilmaydi."),
            (ProfileSection.Documents, "Fotosurat oq fonda bo‘lishi kerak."),
        ]);
        var change = await Fixture.WithDbAsync(db => db.StatusChanges.SingleAsync(s => s.EntityId == profile.Id && s.ToStatus == "Returned"));
        change.ChangedBy.ShouldBe(officer.Id);
        change.Reason.ShouldBe("Passport; Documents");
        (await Fixture.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == profile.Citizen.Id))).MessageKey.ShouldBe("Notice.ProfileReturned");
        (await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == profile.Citizen.Email))).ShouldBe(1);

        // The history shows the decision and its reasons in the officer's language.
        var review = await client.GetPageAsync(ReviewUrl(profile) + "?culture=en");
        review.QuerySelectorAll("[data-testid=history-row]").Last().TextContent.ShouldContain("Passport, Documents");
        review.QuerySelector("[data-testid=no-decision]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Returning_without_any_reason_stores_nothing_and_says_why()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var client = await Fixture.SignedInClientAsync(await SamarkandOfficerAsync());

        var page = await client.SubmitAndReadAsync(ReviewUrl(profile), new Dictionary<string, string?> { ["Input.PersonalReason"] = "   " }, formSelector: "#return-form");

        page.SummaryErrors().ShouldBe(["Anketani qaytarish uchun kamida bitta bo‘lim bo‘yicha sababni yozing."]);
        (await ProfileAsync(profile)).Status.ShouldBe(ProfileStatus.Submitted);
        (await DecisionsAsync(profile)).ShouldBe(0);
        (await Fixture.WithDbAsync(db => db.Notifications.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Two_officers_deciding_at_once_make_one_decision_and_the_other_is_told()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var first = await Fixture.SignedInClientAsync(await SamarkandOfficerAsync());
        var second = await Fixture.SignedInClientAsync(await SamarkandOfficerAsync());

        // Both have the profile open at the same version; then both post at once.
        var firstPage = await first.GetPageAsync(ReviewUrl(profile));
        var secondPage = await second.GetPageAsync(ReviewUrl(profile));
        var verifying = PostFormAsync(first, firstPage, "#verify-form", ReviewUrl(profile) + "?handler=Verify", []);
        var returning = PostFormAsync(second, secondPage, "#return-form", ReviewUrl(profile) + "?handler=Return", new() { ["Input.PersonalReason"] = "Familiya pasportdagidan farq qiladi." });
        await Task.WhenAll(verifying, returning);
        using var verified = await verifying;
        using var returned = await returning;

        new[] { verified.StatusCode, returned.StatusCode }.Count(s => s == HttpStatusCode.Redirect).ShouldBe(1);
        var loser = verified.StatusCode == HttpStatusCode.Redirect ? returned : verified;
        loser.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(loser)).SummaryErrors().Count.ShouldBe(1);
        (await DecisionsAsync(profile)).ShouldBe(1);
        (await Fixture.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == profile.Citizen.Id))).ShouldBe(1);
        var saved = await ProfileAsync(profile);
        saved.Status.ShouldBe(verified.StatusCode == HttpStatusCode.Redirect ? ProfileStatus.Verified : ProfileStatus.Returned);
    }

    [Fact]
    public async Task A_decision_on_a_page_opened_before_someone_else_decided_is_refused_with_the_concurrency_message()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await SamarkandOfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);
        var stale = await client.GetPageAsync(ReviewUrl(profile));

        // Meanwhile another officer returned it and the citizen corrected and submitted it again.
        var colleague = await SamarkandOfficerAsync();
        await _profiles.ReturnAsync(profile, colleague.Id, ProfileSection.Personal, "Otasining ismi ko‘rsatilmagan.");
        await Fixture.WithDbAsync(async db =>
        {
            var p = await db.WorkerProfiles.SingleAsync(x => x.Id == profile.Id);
            p.Submit([DocumentKind.PassportScan, DocumentKind.Photo], profile.Citizen.Id, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        using var response = await PostFormAsync(client, stale, "#verify-form", $"{ReviewUrl(profile)}?handler=Verify&culture=en", []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).SummaryErrors().ShouldBe(["Someone else saved this record while you were editing it. Reload the page and make your changes again."]);
        (await ProfileAsync(profile)).Status.ShouldBe(ProfileStatus.Submitted);
        (await DecisionsAsync(profile)).ShouldBe(1);
    }

    [Fact]
    public async Task A_pdf_document_opens_in_the_browser_neither_sniffed_nor_stored_and_is_audited()
    {
        var profile = await _profiles.SubmittedInSamarkandAsync();
        var officer = await SamarkandOfficerAsync();
        var client = await Fixture.SignedInClientAsync(officer);

        using var response = await client.Http.GetAsync(new Uri($"/Agency/Profiles/Document/{profile.PassportScanId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("pasport_skan.pdf");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(ProfileArrangement.PdfBytes);
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.SingleAsync());
        (audit.ViewerId, audit.CitizenId, audit.Action, audit.Subject).ShouldBe((officer.Id, profile.Citizen.Id, "DownloadDocument", "PassportScan"));
    }
}
