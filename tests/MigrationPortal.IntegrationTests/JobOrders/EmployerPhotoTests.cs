using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.IntegrationTests.Vacancies;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.JobOrders;

/// <summary>
/// The employer's photos of its workplace and housing: images judged by their bytes, at most twelve, and only ever the
/// employer's own (docs/design/quality.md, Uploads; docs/design/domain.md, Who sees what).
/// </summary>
public sealed class EmployerPhotoTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Photos = "/Employer/Profile/Photos";

    private readonly VacancyArrangement _orders = new(fixture);

    [Fact]
    public async Task An_employer_uploads_a_JPEG_and_a_PNG_which_it_sees_listed_and_citizens_see_on_its_vacancy()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        var vacancy = await _orders.PublishedAsync(employer, VacancyArrangement.Terms());
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer));

        using (var png = await UploadAsync(client, PhotoSubject.Workplace, "Payvandlash sexi", "sex.png", CitizenData.Png, "image/png"))
        {
            png.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            png.Headers.Location!.OriginalString.ShouldBe($"{Photos}?uploaded=true");
        }

        (await UploadAsync(client, PhotoSubject.Housing, "To‘rt kishilik yotoqxona xonasi", "xona.jpg", ProfileArrangement.JpegBytes, "image/jpeg")).Dispose();

        var page = await client.GetPageAsync($"{Photos}?uploaded=true");
        page.QuerySelector("[data-testid=saved]")!.TextContent.ShouldBe(Fixture.Text("EmployerPhotos.Uploaded"));
        // Housing before workplace, as the vacancy page orders them.
        var items = page.QuerySelectorAll("[data-testid=photos] li");
        items.Select(i => (i.QuerySelector(".badge")!.TextContent, i.QuerySelector(".photo-caption")!.TextContent)).ShouldBe(
        [
            (Fixture.Text("PhotoSubject.Housing"), "To‘rt kishilik yotoqxona xonasi"),
            (Fixture.Text("PhotoSubject.Workplace"), "Payvandlash sexi"),
        ]);
        var photos = await Fixture.WithDbAsync(db => db.EmployerPhotos.AsNoTracking().OrderBy(p => p.Subject).ToListAsync());
        photos.Select(p => (p.OrganizationId, p.ContentType)).ShouldBe([(employer, "image/jpeg"), (employer, "image/png")]);

        using (var preview = await client.Http.GetAsync(new Uri(items[0].QuerySelector("img")!.GetAttribute("src")!, UriKind.Relative)))
        {
            preview.StatusCode.ShouldBe(HttpStatusCode.OK);
            preview.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
            preview.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            (await preview.Content.ReadAsByteArrayAsync()).ShouldBe(ProfileArrangement.JpegBytes);
        }

        var profile = await client.GetPageAsync("/Employer/Profile");
        profile.QuerySelector("[data-testid=photos-link]")!.TextContent.ShouldContain(Fixture.Text("EmployerPhotos.Count", 2, 12));

        var citizenView = await Fixture.CreateClient().GetPageAsync($"/Vacancies/View/{vacancy}");
        foreach (var photo in photos)
        {
            citizenView.QuerySelector($"img[src='/Vacancies/Photo/{photo.Id}']")!.GetAttribute("alt").ShouldBe(photo.Caption);
        }
    }

    public static TheoryData<string, byte[], string, string> RefusedFiles => new()
    {
        // A text file that calls itself a JPEG.
        { "photo.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "image/jpeg", "Validation.PhotoType|Content" },
        // A real PDF: a document, not a photo.
        { "plan.pdf", CitizenData.Pdf, "application/pdf", "Validation.PhotoType|Content" },
        // A real PNG whose name climbs out of any folder.
        { "../../etc/cron.d/photo.png", CitizenData.Png, "image/png", "Validation.FileNamePath|FileName" },
    };

    // Just over 10 MB: within the request's room, refused by the form. Made here, not in the theory's data: xunit
    // serializes theory data at discovery, and 10 MB of bytes cost the test process gigabytes there.
    [Fact]
    public Task A_photo_just_over_10_MB_is_refused_with_its_reason() =>
        A_refused_file_gets_its_reason_by_the_file_field_and_stores_nothing("big.png", Padded(CitizenData.Png, (10 * 1024 * 1024) + 1), "image/png", "Validation.FileTooLarge|Content");

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_file_gets_its_reason_by_the_file_field_and_stores_nothing(string name, byte[] content, string contentType, string codeAndProperty)
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        var (code, property) = (codeAndProperty.Split('|')[0], codeAndProperty.Split('|')[1]);

        using var response = await UploadAsync(client, PhotoSubject.Workplace, "Sex", name, content, contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#Input_File-error")!.TextContent.ShouldContain(Fixture.FieldMessage(code, property));
        page.QuerySelector("#Input_Caption")!.GetAttribute("value").ShouldBe("Sex");
        (await Fixture.WithDbAsync(db => db.EmployerPhotos.AnyAsync())).ShouldBeFalse();
        (await Fixture.WithDbAsync(db => db.StoredFiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_photo_without_a_caption_or_subject_is_refused_by_those_fields()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));

        using var response = await client.UploadAsync(Photos, new Dictionary<string, string> { ["Input.Caption"] = " " }, "Input.File", "sex.png", CitizenData.Png, "image/png");

        var page = await PortalClient.ParseAsync(response);
        page.FieldErrors("Input.Caption").ShouldHaveSingleItem().ShouldContain(Fixture.Text("Field.Caption"));
        page.FieldErrors("Input.Subject").ShouldHaveSingleItem().ShouldContain(Fixture.Text("Field.Subject"));
        (await Fixture.WithDbAsync(db => db.StoredFiles.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task The_twelfth_photo_fills_the_profile_and_a_thirteenth_from_a_stale_tab_is_refused()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        for (var i = 0; i < 11; i++)
        {
            await _orders.PhotoAsync(employer, PhotoSubject.Housing, CitizenData.Png);
        }

        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer));
        var staleTab = await client.GetPageAsync(Photos);
        (await UploadAsync(client, PhotoSubject.Workplace, "Sex", "sex.png", CitizenData.Png, "image/png")).Dispose();

        var full = await client.GetPageAsync(Photos);
        full.QuerySelectorAll("[data-testid=photos] li").Length.ShouldBe(12);
        full.QuerySelector("[data-testid=full]")!.TextContent.ShouldBe(Fixture.Text("EmployerPhotos.Full", 12));
        full.QuerySelector("form[enctype='multipart/form-data']").ShouldBeNull();

        using var thirteenth = await PostFromAsync(client, staleTab, new Dictionary<string, string> { ["Input.Subject"] = "Housing", ["Input.Caption"] = "Oshxona" }, "oshxona.png", CitizenData.Png);

        thirteenth.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(thirteenth)).SummaryErrors().ShouldBe([Fixture.Text("Rule.EmployerPhoto.Limit", 12)]);
        (await Fixture.WithDbAsync(db => db.EmployerPhotos.CountAsync())).ShouldBe(12);
        (await Fixture.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(12);
    }

    [Fact]
    public async Task Deleting_a_photo_removes_it_and_its_bytes()
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employer));
        (await UploadAsync(client, PhotoSubject.Housing, "Yotoqxona", "xona.png", CitizenData.Png, "image/png")).Dispose();
        var id = await Fixture.WithDbAsync(db => db.EmployerPhotos.Select(p => p.Id).SingleAsync());

        using var deleted = await client.SubmitAsync(Photos, new Dictionary<string, string?>(), "form[action*='handler=Delete']");

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync(deleted.Headers.Location!.OriginalString);
        page.QuerySelector("[data-testid=saved]")!.TextContent.ShouldBe(Fixture.Text("EmployerPhotos.Deleted"));
        page.QuerySelector("[data-testid=empty]")!.TextContent.ShouldBe(Fixture.Text("EmployerPhotos.None"));
        (await Fixture.WithDbAsync(db => db.EmployerPhotos.AnyAsync())).ShouldBeFalse();
        (await Fixture.WithDbAsync(db => db.StoredFiles.AnyAsync())).ShouldBeFalse();
        await client.GetPageAsync($"/Employer/Profile/Photo/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Employer_B_cannot_list_preview_or_delete_employer_As_photos()
    {
        var employerA = await Fixture.CreateEmployerAsync("Employer A");
        var employerB = await Fixture.CreateEmployerAsync("Employer B");
        var clientA = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerAdmin, employerA));
        (await UploadAsync(clientA, PhotoSubject.Housing, "Secret housing of A", "xona.png", CitizenData.Png, "image/png")).Dispose();
        var photoOfA = await Fixture.WithDbAsync(db => db.EmployerPhotos.Select(p => p.Id).SingleAsync());
        var clientB = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.EmployerStaff, employerB));

        var pageB = await clientB.GetPageAsync(Photos);
        pageB.QuerySelector("[data-testid=empty]").ShouldNotBeNull();
        pageB.Body!.InnerHtml.ShouldNotContain(photoOfA.ToString());
        pageB.Body.TextContent.ShouldNotContain("Secret housing of A");
        await clientB.GetPageAsync($"/Employer/Profile/Photo/{photoOfA}", HttpStatusCode.NotFound);
        using var delete = await clientB.PostAsync($"{Photos}?handler=Delete", new Dictionary<string, string> { ["photoId"] = photoOfA.ToString() }, Photos);

        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Fixture.WithDbAsync(db => db.EmployerPhotos.SingleAsync())).OrganizationId.ShouldBe(employerA);
        (await Fixture.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(1);
        (await clientA.GetPageAsync(Photos)).QuerySelectorAll("[data-testid=photos] li").Length.ShouldBe(1);
    }

    [Theory]
    [InlineData(UserKind.Citizen)]
    [InlineData(UserKind.Officer)]
    [InlineData(UserKind.Administrator)]
    public async Task Nobody_but_the_employers_users_reaches_the_photo_pages(UserKind kind)
    {
        var employer = await Fixture.CreateEmployerAsync("Hanil Shipbuilding");
        var photo = await _orders.PhotoAsync(employer, PhotoSubject.Housing, CitizenData.Png);
        var unit = kind == UserKind.Officer ? new Guid("00000000-0000-0000-0001-000000000010") : (Guid?)null;
        var client = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(kind, unitId: unit));

        await client.GetPageAsync(Photos, HttpStatusCode.Forbidden);
        await client.GetPageAsync($"/Employer/Profile/Photo/{photo}", HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> UploadAsync(PortalClient client, PhotoSubject subject, string caption, string fileName, byte[] content, string contentType) =>
        client.UploadAsync(Photos, new Dictionary<string, string> { ["Input.Subject"] = subject.ToString(), ["Input.Caption"] = caption }, "Input.File", fileName, content, contentType);

    /// <summary>Sends an upload with the antiforgery token of a page read earlier, as a tab left open would.</summary>
    private static async Task<HttpResponseMessage> PostFromAsync(PortalClient client, IHtmlDocument page, Dictionary<string, string> fields, string fileName, byte[] content)
    {
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        foreach (var field in fields)
        {
            body.Add(new StringContent(field.Value), field.Key);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        body.Add(file, "Input.File", fileName);
        return await client.Http.PostAsync(new Uri(Photos, UriKind.Relative), body);
    }

    private static byte[] Padded(byte[] start, int length)
    {
        var bytes = new byte[length];
        start.CopyTo(bytes, 0);
        return bytes;
    }
}
