using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

public sealed class EmployerPhotoJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task An_employer_shows_its_workplace_and_housing_in_photos_and_removes_one(string viewport)
    {
        var employer = await Fixture.CreateEmployerAsync($"Hanil Precision Co {UniqueSuffix()}");
        var user = await Fixture.CreateUserAsync(UserKind.EmployerStaff, employer);
        await using var journey = await Journey.StartAsync(Fixture, nameof(An_employer_shows_its_workplace_and_housing_in_photos_and_removes_one), Viewport.Named(viewport));
        var page = journey.Page;
        var workshop = await PictureAsync(page, "#3d6b8f", "#c9d6df", ScreenshotType.Jpeg);
        var room = await PictureAsync(page, "#8f6b3d", "#efe4d2", ScreenshotType.Png);

        await SignInAsync(journey, user, "/Employer", "employer-signed-in");
        await journey.ClickAndArriveAsync(page.Locator("nav a[href='/Employer/Profile']"), At("/Employer/Profile"), "profile");
        await journey.ClickAndArriveAsync(page.Locator("[data-testid=photos-link] a"), At("/Employer/Profile/Photos"), "photos-empty");
        await Expect(page.Locator("[data-testid=empty]")).ToBeVisibleAsync();

        await UploadAsync(journey, "Workplace", "Payvandlash sexi: har bir ishchiga alohida stol va himoya vositalari", "sex.jpg", "image/jpeg", workshop, "photo-uploaded");
        await UploadAsync(journey, "Housing", "To‘rt kishilik yotoqxona xonasi", "xona.png", "image/png", room, "photos-two");
        await Expect(page.Locator("[data-testid=photos] li")).ToHaveCountAsync(2);
        var shown = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('[data-testid=photos] img')).map(i => i.naturalWidth)");
        shown.ShouldAllBe(width => width > 0);

        await journey.ClickAndArriveAsync(page.Locator("[data-testid=photos] li").Last.Locator("button[type=submit]"), new Regex(@"/Employer/Profile/Photos\?deleted=true$"), "photo-deleted");
        await Expect(page.Locator("[data-testid=photos] li")).ToHaveCountAsync(1);
    }

    private static async Task UploadAsync(Journey journey, string subject, string caption, string name, string type, byte[] content, string step)
    {
        var page = journey.Page;
        await page.Locator("#Input_Subject").SelectOptionAsync(new SelectOptionValue { Value = subject });
        await page.Locator("#Input_Caption").FillAsync(caption);
        await page.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = content });
        await journey.ClickAndArriveAsync(page.Locator("main form[enctype='multipart/form-data'] button[type=submit]"), new Regex(@"/Employer/Profile/Photos\?uploaded=true$"), step);
        await Expect(page.Locator("[data-testid=saved]")).ToBeVisibleAsync();
    }

    /// <summary>A real image of the chosen type, drawn by the browser: a picture stands in for the employer's photo.</summary>
    private static async Task<byte[]> PictureAsync(IPage page, string dark, string light, ScreenshotType type)
    {
        var painter = await page.Context.NewPageAsync();
        await painter.SetViewportSizeAsync(640, 480);
        await painter.SetContentAsync($"<body style=\"margin:0;width:640px;height:480px;background:linear-gradient(160deg,{light},{dark})\"></body>");
        var picture = await painter.ScreenshotAsync(new PageScreenshotOptions { Type = type });
        await painter.CloseAsync();
        return picture;
    }
}
