using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Workers;

/// <summary>Uploads judged by their bytes and size, downloads only for the owner (docs/design/quality.md, Uploads).</summary>
public sealed class CitizenDocumentTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Documents = "/Citizen/Profile/Documents";

    [Fact]
    public async Task The_owner_opens_a_pdf_document_in_the_browser_never_sniffed_or_cached()
    {
        var (client, _) = await CitizenWithPassportScanAsync();
        var id = await Fixture.WithDbAsync(db => db.ProfileDocuments.Select(d => d.Id).SingleAsync());

        using var response = await client.Http.GetAsync(new Uri($"/Citizen/Profile/Document/{id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("passport-scan.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(CitizenData.Pdf);
    }

    [Fact]
    public async Task A_file_over_the_request_limit_is_refused_with_413_before_it_is_read()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);

        using var response = await client.UploadAsync(Documents, Kind(DocumentKind.PassportScan), "Input.File", "scan.pdf", Padded(CitizenData.Pdf, 12 * 1024 * 1024), "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await PortalClient.ParseAsync(response)).Body!.TextContent.ShouldContain(Fixture.Text("Error.413.Title"));
        (await Fixture.WithDbAsync(db => db.ProfileDocuments.AnyAsync())).ShouldBeFalse();
    }

    public static TheoryData<string, string, byte[], string> RefusedFiles => new()
    {
        // A text file that calls itself a PDF.
        { "PassportScan|scan.pdf", "application/pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "Validation.FileType|Content" },
        // An executable renamed to .png.
        { "Photo|photo.png", "image/png", [0x4D, 0x5A, 0x90, 0x00, 0x03], "Validation.FileType|Content" },
        // A real PNG whose name climbs out of any folder.
        { "Photo|../../etc/cron.d/photo.png", "image/png", CitizenData.Png, "Validation.FileNamePath|FileName" },
        { "Photo|C:\\Users\\me\\photo.png", "image/png", CitizenData.Png, "Validation.FileNamePath|FileName" },
        // A photo must be an image.
        { "Photo|photo.pdf", "application/pdf", CitizenData.Pdf, "Validation.PhotoType|Content" },
    };

    // Just over 10 MB: within the request's room, refused by the form. Made here, not in the theory's data: xunit
    // serializes theory data at discovery, and 10 MB of bytes cost the test process gigabytes there.
    [Fact]
    public Task A_file_just_over_10_MB_gets_its_reason_and_stores_nothing() =>
        A_refused_file_gets_its_reason_and_stores_nothing("PassportScan|scan.pdf", "application/pdf", Padded(CitizenData.Pdf, (10 * 1024 * 1024) + 1), "Validation.FileTooLarge|Content");

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_file_gets_its_reason_and_stores_nothing(string kindAndName, string contentType, byte[] content, string codeAndProperty)
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var (kind, name) = (kindAndName.Split('|')[0], kindAndName.Split('|')[1]);
        var (code, property) = (codeAndProperty.Split('|')[0], codeAndProperty.Split('|')[1]);

        using var response = await client.UploadAsync(Documents, new Dictionary<string, string> { ["Input.DocumentKind"] = kind }, "Input.File", name, content, contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#Input_File-error")!.TextContent.ShouldContain(Fixture.FieldMessage(code, property));
        (await Fixture.WithDbAsync(db => db.ProfileDocuments.AnyAsync())).ShouldBeFalse();
        (await Fixture.WithDbAsync(db => db.StoredFiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Uploading_a_kind_again_replaces_the_document_and_its_bytes()
    {
        var (client, steps) = await CitizenWithPassportScanAsync();

        await steps.UploadAsync(DocumentKind.PassportScan, "passport-new.png", CitizenData.Png, "image/png");

        var document = await Fixture.WithDbAsync(db => db.ProfileDocuments.SingleAsync());
        document.ContentType.ShouldBe("image/png");
        document.FileName.ShouldBe("passport-new.png");
        (await Fixture.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(1);
        var page = await client.GetPageAsync(Documents);
        page.QuerySelectorAll("[data-testid=documents] li").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Citizen_cannot_download_or_delete_another_citizens_document_by_id()
    {
        var (_, _) = await CitizenWithPassportScanAsync();
        var documentOfA = await Fixture.WithDbAsync(db => db.ProfileDocuments.Select(d => d.Id).SingleAsync());
        var citizenB = await Fixture.CreateUserAsync(UserKind.Citizen);
        var clientB = await Fixture.SignedInClientAsync(citizenB);
        await new CitizenSteps(clientB, Fixture).EducationAsync();

        await clientB.GetPageAsync($"/Citizen/Profile/Document/{documentOfA}", HttpStatusCode.NotFound);
        using var delete = await clientB.PostAsync($"{Documents}?handler=Delete", new Dictionary<string, string> { ["documentId"] = documentOfA.ToString() });

        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.ProfileDocuments.AnyAsync(d => d.Id == documentOfA))).ShouldBeTrue();
        (await Fixture.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Citizen_sees_only_their_own_profile_and_cannot_remove_another_citizens_entries()
    {
        var (_, stepsA) = await CitizenWithPassportScanAsync();
        await stepsA.EducationAsync();
        var educationOfA = await Fixture.WithDbAsync(db => db.WorkerProfiles.Select(p => p.Educations.First().Id).SingleAsync());
        var citizenB = await Fixture.CreateUserAsync(UserKind.Citizen);
        var clientB = await Fixture.SignedInClientAsync(citizenB);

        var pageB = await clientB.GetPageAsync("/Citizen/Profile/Education");
        pageB.QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        pageB.Body!.TextContent.ShouldNotContain("Samarkand Construction College");
        using var remove = await clientB.PostAsync("/Citizen/Profile/Education?handler=Remove", new Dictionary<string, string> { ["entryId"] = educationOfA.ToString() });

        (await PortalClient.ParseAsync(remove)).SummaryErrors().ShouldContain(Fixture.Text("Rule.Profile.NoSuchEntry"));
        (await Fixture.WithDbAsync(db => db.WorkerProfiles.SingleAsync(p => p.Educations.Count > 0))).Educations.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(UserKind.EmployerAdmin)]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.Administrator)]
    public async Task Nobody_but_the_citizen_reaches_the_citizen_profile_pages(UserKind kind)
    {
        var (_, _) = await CitizenWithPassportScanAsync();
        var documentOfA = await Fixture.WithDbAsync(db => db.ProfileDocuments.Select(d => d.Id).SingleAsync());
        var organization = kind == UserKind.EmployerAdmin ? await Fixture.CreateEmployerAsync("Daesung Test") : (Guid?)null;
        var unit = kind == UserKind.Officer ? new Guid("00000000-0000-0000-0001-000000000010") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, organization, unit));

        foreach (var url in new[] { "/Citizen/Profile", "/Citizen/Profile/Personal", Documents, $"/Citizen/Profile/Document/{documentOfA}", "/Citizen/Consent" })
        {
            await client.GetPageAsync(url, HttpStatusCode.Forbidden);
        }
    }

    private async Task<(PortalClient Client, CitizenSteps Steps)> CitizenWithPassportScanAsync()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        var client = await Fixture.SignedInClientAsync(citizen);
        var steps = new CitizenSteps(client, Fixture);
        await steps.UploadAsync(DocumentKind.PassportScan, "passport scan.pdf", CitizenData.Pdf, "application/pdf");
        return (client, steps);
    }

    private static Dictionary<string, string> Kind(DocumentKind kind) => new() { ["Input.DocumentKind"] = kind.ToString() };

    private static byte[] Padded(byte[] start, int length)
    {
        var bytes = new byte[length];
        start.CopyTo(bytes, 0);
        return bytes;
    }
}
