using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobApplications;

/// <summary>
/// The employer decides with the facts in front of it (issue 11): professions by name, work history, languages and how
/// they are proven, the photo and the documents, opened in the browser; another employer reaches none of it.
/// </summary>
public sealed class CandidateCardTests(PortalFixture fixture) : PortalTest(fixture)
{
    private static readonly byte[] NotAPdf = "<html><script>alert(1)</script></html>"u8.ToArray();

    private Guid _employerA;
    private Guid _orderOfA;
    private TestUser _employerUserA = null!;
    private TestUser _officer = null!;
    private ProfileArrangement _profiles = null!;

    [Fact]
    public async Task The_card_shows_the_profession_by_name_the_work_history_the_language_level_and_the_photo()
    {
        var (applicationId, profile) = await ShortlistedAsync();
        var client = await Fixture.SignedInClientAsync(_employerUserA);

        var card = (await client.GetPageAsync($"/Employer/Candidates/{_orderOfA}?culture=en")).QuerySelector("[data-testid=candidate]")!;

        card.QuerySelector("[data-testid=candidate-professions]")!.TextContent.ShouldContain("Carpenters and joiners (7115) — 8 years");
        card.QuerySelector("[data-testid=candidate-professions]")!.TextContent.ShouldNotContain("7115 · 8");
        card.QuerySelector("[data-testid=candidate-work]")!.TextContent.ShouldContain("Duradgor, Zarafshon Qurilish MChJ (Uzbekistan), 2011–2023");
        card.QuerySelector("[data-testid=candidate-languages]")!.TextContent.ShouldContain("Korean TOPIK 3 — self-declared", customMessage: "no certificate was uploaded");
        var photo = card.QuerySelector("[data-testid=candidate-photo]")!;
        photo.GetAttribute("alt").ShouldBe($"Photo of the candidate: {profile.FullName.Split(' ')[0]} {profile.FullName.Split(' ')[1]}");
        photo.GetAttribute("src").ShouldBe($"/Employer/Candidates/Document/{applicationId}/{profile.PhotoId}");
        card.QuerySelectorAll("[data-testid=candidate-documents] a").Select(a => a.TextContent).ShouldBe(["Passport scan: " + string.Join(' ', profile.FullName.Split(' ')[..2]), "Photo: " + string.Join(' ', profile.FullName.Split(' ')[..2])]);
    }

    [Fact]
    public async Task A_language_with_an_uploaded_certificate_on_a_verified_profile_shows_as_certificate_verified()
    {
        var (_, profile) = await ShortlistedAsync();
        await AddDocumentAsync(profile, DocumentKind.LanguageCertificate, ProfileArrangement.PdfBytes, "application/pdf");
        var client = await Fixture.SignedInClientAsync(_employerUserA);

        var card = (await client.GetPageAsync($"/Employer/Candidates/{_orderOfA}?culture=en")).QuerySelector("[data-testid=candidate]")!;

        card.QuerySelector("[data-testid=candidate-languages]")!.TextContent.ShouldContain("Korean TOPIK 3 — verified by certificate");
    }

    [Fact]
    public async Task The_employer_opens_the_photo_and_a_pdf_in_the_browser_and_each_opening_is_audited()
    {
        var (applicationId, profile) = await ShortlistedAsync();
        var client = await Fixture.SignedInClientAsync(_employerUserA);

        using var photo = await client.Http.GetAsync(new Uri($"/Employer/Candidates/Document/{applicationId}/{profile.PhotoId}", UriKind.Relative));
        using var scan = await client.Http.GetAsync(new Uri($"/Employer/Candidates/Document/{applicationId}/{profile.PassportScanId}", UriKind.Relative));

        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        photo.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        photo.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(ProfileArrangement.JpegBytes);
        scan.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        scan.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var audit = await Fixture.WithDbAsync(db => db.PersonalDataAccesses.Where(a => a.Action == "DownloadDocument").Select(a => new { a.ViewerId, a.CitizenId, a.Subject }).ToListAsync());
        audit.ShouldBe([new { ViewerId = _employerUserA.Id, CitizenId = profile.Citizen.Id, Subject = (string?)"Photo" }, new { ViewerId = _employerUserA.Id, CitizenId = profile.Citizen.Id, Subject = (string?)"PassportScan" }], ignoreOrder: true);
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_the_type_it_claims_leaves_as_an_attachment_to_everyone_allowed()
    {
        var (applicationId, profile) = await ShortlistedAsync();
        var diploma = await AddDocumentAsync(profile, DocumentKind.Diploma, NotAPdf, "application/pdf");
        var employer = await Fixture.SignedInClientAsync(_employerUserA);
        var officer = await Fixture.SignedInClientAsync(_officer);
        var citizen = await Fixture.SignedInClientAsync(profile.Citizen);

        foreach (var (client, url) in new[]
        {
            (employer, $"/Employer/Candidates/Document/{applicationId}/{diploma}"),
            (officer, $"/Agency/Profiles/Document/{diploma}"),
            (citizen, $"/Citizen/Profile/Document/{diploma}"),
        })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment", url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream", url);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], url);
        }
    }

    [Fact]
    public async Task Another_employer_cannot_see_the_candidates_photo_or_documents_by_id()
    {
        var (applicationId, profile) = await ShortlistedAsync();
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var userB = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerB);
        var orderOfB = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, employerB, userB.Id, _officer.Id, title: "Order of B");
        var clientB = await Fixture.SignedInClientAsync(userB);

        (await clientB.GetPageAsync($"/Employer/Candidates/{orderOfB}")).Body!.TextContent.ShouldNotContain(profile.FullName.Split(' ')[0]);
        foreach (var document in new[] { profile.PhotoId, profile.PassportScanId })
        {
            using var response = await clientB.Http.GetAsync(new Uri($"/Employer/Candidates/Document/{applicationId}/{document}", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await Fixture.WithDbAsync(db => db.PersonalDataAccesses.AnyAsync(a => a.ViewerId == userB.Id && a.CitizenId == profile.Citizen.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_document_of_an_applicant_not_shortlisted_or_of_another_citizen_is_not_found()
    {
        var (applicationId, _) = await ShortlistedAsync();
        var waiting = await VerifiedAsync(1);
        var waitingApplication = await Fixture.SendAsync(waiting.Citizen, new ApplyToJobOrderCommand(_orderOfA));
        var client = await Fixture.SignedInClientAsync(_employerUserA);

        foreach (var url in new[]
        {
            $"/Employer/Candidates/Document/{waitingApplication}/{waiting.PhotoId}",
            $"/Employer/Candidates/Document/{applicationId}/{waiting.PhotoId}",
        })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    private async Task<(Guid ApplicationId, ArrangedProfile Profile)> ShortlistedAsync()
    {
        _employerA = await Fixture.CreateEmployerAsync("Daesung Test");
        _employerUserA = await Fixture.CreateUserAsync(UserKind.EmployerAdmin, _employerA);
        _officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        _profiles = new ProfileArrangement(Fixture);
        _orderOfA = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employerA, _employerUserA.Id, _officer.Id);
        var profile = await VerifiedAsync(0);
        var id = await Fixture.SendAsync(profile.Citizen, new ApplyToJobOrderCommand(_orderOfA));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([id], ApplicationStatus.Shortlisted, "Good match"));
        return (id, profile);
    }

    private async Task<ArrangedProfile> VerifiedAsync(int serial)
    {
        var arranged = await _profiles.SubmittedInSamarkandAsync(lastName: $"Karimov{serial}");
        await _profiles.VerifyAsync(arranged, _officer.Id);
        return arranged;
    }

    private async Task<Guid> AddDocumentAsync(ArrangedProfile profile, DocumentKind kind, byte[] content, string contentType)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var document = new ProfileDocument(Guid.CreateVersion7(), profile.Id, kind, new StoredFileInfo(files.Add(content), "file.pdf", contentType, content.Length), DateTimeOffset.UtcNow);
        db.ProfileDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}
