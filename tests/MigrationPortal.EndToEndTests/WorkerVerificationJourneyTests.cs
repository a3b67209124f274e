using System.Globalization;
using Microsoft.Playwright;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Issue 3's journey: a citizen on a phone completes and submits a profile with documents; an officer returns it;
/// the citizen corrects it; the officer verifies it; the citizen sees "verified" and the notice.
/// </summary>
public sealed class WorkerVerificationJourneyTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    private static readonly Guid SamarkandBranch = new("00000000-0000-0000-0001-000000000010");

    [Fact]
    public async Task Citizen_on_a_phone_is_returned_corrects_and_is_verified_by_the_branch_officer()
    {
        var citizenUser = await Fixture.CreateUserAsync(UserKind.Citizen);
        var officerUser = await Fixture.CreateUserAsync(UserKind.Officer, unitId: SamarkandBranch);
        var district = await CitizenData.DistrictOfAsync(Fixture, 10);
        await using var citizen = await Journey.StartAsync(Fixture, "Worker profile (citizen)", Viewport.Named(Viewport.PhoneName));
        await using var officer = await Journey.StartAsync(Fixture, "Worker profile (officer)", Viewport.Named(Viewport.DesktopName));
        var page = citizen.Page;
        var status = page.Locator("[data-testid=profile-status]");

        await SignInAsync(citizen, citizenUser, "/Citizen", "citizen-signed-in");
        await citizen.ClickAndArriveAsync(page.Locator("main a[href='/Citizen/Profile']"), At("/Citizen/Profile"), "profile-empty");
        await citizen.ClickAndArriveAsync(page.Locator("main a[href='/Citizen/Profile/Personal']"), At("/Citizen/Profile/Personal"), "personal");
        await page.Locator("#Input_LastName").FillAsync("Ergashev");
        await page.Locator("#Input_FirstName").FillAsync("Bekzod");
        await page.Locator("#Input_BirthDate").FillAsync(CitizenData.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_Sex").SelectOptionAsync(new SelectOptionValue { Value = "Male" });
        await page.Locator("#Input_Pinfl").FillAsync(CitizenData.Pinfl(CitizenData.BirthDate, Sex.Male, 321));
        await page.Locator("#Input_Phone").FillAsync("+998 93 555 12 34");
        await page.Locator("#Input_DistrictId").SelectOptionAsync(new SelectOptionValue { Value = district.ToString(CultureInfo.InvariantCulture) });
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Passport"), "passport");
        await page.Locator("#Input_Number").FillAsync("AC 1234567");
        await page.Locator("#Input_IssuedOn").FillAsync(DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_ExpiresOn").FillAsync(DateTime.UtcNow.AddYears(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Education"), "education");
        await page.Locator("#Input_Level").SelectOptionAsync(new SelectOptionValue { Value = "Vocational" });
        await page.Locator("#Input_Field").FillAsync("Welding");
        await page.Locator("#Input_Institution").FillAsync("Urgut Vocational College");
        await page.Locator("#Input_GraduationYear").FillAsync("2014");
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Education"), "education-added");
        await Expect(page.Locator("[data-testid=entries] li")).ToHaveCountAsync(1);
        await citizen.ClickAndArriveAsync(page.Locator("main a.btn-primary[href='/Citizen/Profile/Work']"), At("/Citizen/Profile/Work"), "work");
        await citizen.ClickAndArriveAsync(page.Locator("main a.btn-primary[href='/Citizen/Profile/Professions']"), At("/Citizen/Profile/Professions"), "professions");
        await page.Locator("#Input_OccupationCode").SelectOptionAsync(new SelectOptionValue { Value = "7212" });
        await page.Locator("#Input_YearsOfExperience").FillAsync("7");
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Professions"), "profession-added");
        await citizen.GotoAsync("/Citizen/Profile/Languages", "languages");
        await page.Locator("#Input_LanguageCode").SelectOptionAsync(new SelectOptionValue { Value = "ko" });
        await page.Locator("#Input_LevelId").SelectOptionAsync(new SelectOptionValue { Value = "9" });
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Languages"), "language-added");
        await citizen.GotoAsync("/Citizen/Profile/Countries", "countries");
        await page.Locator("#country-KR").CheckAsync();
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile/Documents"), "documents");
        await UploadAsync(citizen, DocumentKind.PassportScan, "passport.pdf", "application/pdf", CitizenData.Pdf, "passport-uploaded");
        await UploadAsync(citizen, DocumentKind.Photo, "photo.png", "image/png", CitizenData.Png, "photo-uploaded");
        await citizen.ClickAndArriveAsync(page.Locator("main a.btn-primary[href='/Citizen/Consent']"), At("/Citizen/Consent"), "consent");
        await citizen.ClickAndArriveAsync(SubmitButton(page), At("/Citizen/Profile"), "ready");
        await Expect(page.Locator("[data-testid=completeness]")).ToHaveTextAsync(Fixture.Text("Profile.CompletenessValue", 100));
        await citizen.ClickAndArriveAsync(page.Locator("main form[action*=Submit] button"), At("/Citizen/Profile"), "submitted");
        await Expect(status).ToHaveTextAsync(Fixture.Text("ProfileStatus.Submitted"));

        // The Samarkand officer returns it: the photo must show the face.
        await SignInAsync(officer, officerUser, "/Agency", "officer-signed-in");
        await officer.GotoAsync("/Agency/Profiles", "queue");
        await officer.ClickAndArriveAsync(officer.Page.Locator("main a", new() { HasText = "Ergashev" }), At($"/Agency/Profiles/Review/{citizenUser.Id}"), "review");
        await officer.Page.Locator("#Input_DocumentsReason").FillAsync("Fotosuratda yuz aniq ko‘rinmaydi.");
        await officer.ClickAndArriveAsync(officer.Page.Locator("#return-form button[type=submit]"), At("/Agency/Profiles"), "returned");

        await citizen.GotoAsync("/Citizen/Profile", "citizen-sees-return");
        await Expect(status).ToHaveTextAsync(Fixture.Text("ProfileStatus.Returned"));
        await Expect(page.Locator("[data-testid=return-reasons]")).ToContainTextAsync("Fotosuratda yuz aniq ko‘rinmaydi.");
        await citizen.ClickAndArriveAsync(page.Locator("[data-testid=return-reasons] a"), At("/Citizen/Profile/Documents"), "documents-with-note");
        await Expect(page.Locator("[data-testid=return-reason]")).ToBeVisibleAsync();
        await UploadAsync(citizen, DocumentKind.Photo, "new-photo.png", "image/png", CitizenData.Png, "photo-replaced");
        await citizen.GotoAsync("/Citizen/Profile", "ready-again");
        await citizen.ClickAndArriveAsync(page.Locator("main form[action*=Submit] button"), At("/Citizen/Profile"), "resubmitted");
        await Expect(status).ToHaveTextAsync(Fixture.Text("ProfileStatus.Submitted"));

        await officer.GotoAsync($"/Agency/Profiles/Review/{citizenUser.Id}", "review-again");
        await officer.ClickAndArriveAsync(officer.Page.Locator("#verify-form button[type=submit]"), At("/Agency/Profiles"), "verified");

        await citizen.GotoAsync("/Citizen/Profile", "citizen-sees-verified");
        await Expect(status).ToHaveTextAsync(Fixture.Text("ProfileStatus.Verified"));
        await Expect(page.Locator("[data-testid=unread-count]")).ToBeVisibleAsync();
        await citizen.ClickAndArriveAsync(page.Locator("[data-testid=notices-link]"), At("/Notifications"), "notices");
        await Expect(page.Locator("[data-testid=notices] li").First).ToContainTextAsync(Fixture.Text("Notice.ProfileVerified"));
    }

    private static async Task UploadAsync(Journey journey, DocumentKind kind, string name, string type, byte[] content, string step)
    {
        var page = journey.Page;
        await page.Locator("#Input_DocumentKind").SelectOptionAsync(new SelectOptionValue { Value = kind.ToString() });
        await page.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = content });
        await journey.ClickAndArriveAsync(page.Locator("main form[enctype='multipart/form-data'] button[type=submit]"), At("/Citizen/Profile/Documents"), step);
        await Expect(page.Locator("[data-testid=documents]")).ToContainTextAsync(name);
    }
}
