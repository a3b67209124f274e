using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Domain.Workers;
using Shouldly;

namespace MigrationPortal.Testing;

/// <summary>Test data a citizen would type: PINFLs with a true check digit for a birth date and sex.</summary>
public static class CitizenData
{
    private static readonly int[] Weights = [7, 3, 1];

    /// <summary>A PINFL for a person born on <paramref name="birth"/>, made here independently of the portal's own code.</summary>
    public static string Pinfl(DateOnly birth, Sex sex, int serial)
    {
        var centuryDigit = (birth.Year >= 2000 ? 5 : 3) + (sex == Sex.Female ? 1 : 0);
        var first13 = string.Create(CultureInfo.InvariantCulture, $"{centuryDigit}{birth:ddMMyy}123{serial:000}");
        var check = first13.Select((c, i) => (c - '0') * Weights[i % 3]).Sum() % 10;
        return first13 + check.ToString(CultureInfo.InvariantCulture);
    }

    public static readonly DateOnly BirthDate = new(1994, 3, 21);

    public static async Task<int> DistrictOfAsync(PortalFixture fixture, int regionId) =>
        await fixture.WithDbAsync(db => db.Districts.Where(d => d.RegionId == regionId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());

    /// <summary>A 1×1 PNG image.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The smallest file a PDF reader accepts as a PDF.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
}

/// <summary>The citizen's steps through the real pages, each expected to save and move on.</summary>
public sealed class CitizenSteps(PortalClient client, PortalFixture fixture)
{
    public async Task PersonalAsync(string pinfl, int regionId = 10, string lastName = "Karimov")
    {
        var district = await CitizenData.DistrictOfAsync(fixture, regionId);
        await ExpectSavedAsync("/Citizen/Profile/Personal", new Dictionary<string, string?>
        {
            ["Input.LastName"] = lastName,
            ["Input.FirstName"] = "Jasur",
            ["Input.Patronymic"] = "Akmalovich",
            ["Input.BirthDate"] = CitizenData.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Sex"] = "Male",
            ["Input.Pinfl"] = pinfl,
            ["Input.Phone"] = "+998 90 123 45 67",
            ["Input.DistrictId"] = district.ToString(CultureInfo.InvariantCulture),
        });
    }

    public Task PassportAsync(string number = "AB1234567") =>
        ExpectSavedAsync("/Citizen/Profile/Passport", new Dictionary<string, string?>
        {
            ["Input.Number"] = number,
            ["Input.IssuedOn"] = DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.ExpiresOn"] = DateTime.UtcNow.AddYears(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    public Task EducationAsync() =>
        ExpectSavedAsync("/Citizen/Profile/Education", new Dictionary<string, string?>
        {
            ["Input.Level"] = "Vocational",
            ["Input.Field"] = "Construction",
            ["Input.Institution"] = "Samarkand Construction College",
            ["Input.GraduationYear"] = "2013",
        });

    public Task ProfessionAsync(string code = "7112") =>
        ExpectSavedAsync("/Citizen/Profile/Professions", new Dictionary<string, string?>
        {
            ["Input.OccupationCode"] = code,
            ["Input.YearsOfExperience"] = "6",
        });

    public Task LanguageAsync() =>
        ExpectSavedAsync("/Citizen/Profile/Languages", new Dictionary<string, string?>
        {
            ["Input.LanguageCode"] = "ko",
            ["Input.LevelId"] = "8",
            ["Input.Certificate"] = "TOPIK II 2025",
        });

    public Task CountriesAsync() =>
        ExpectSavedAsync("/Citizen/Profile/Countries", new Dictionary<string, string?> { ["Input.CountryCodes"] = "KR" });

    public async Task UploadAsync(DocumentKind kind, string fileName, byte[] content, string contentType)
    {
        using var response = await client.UploadAsync("/Citizen/Profile/Documents", new Dictionary<string, string> { ["Input.DocumentKind"] = kind.ToString() }, "Input.File", fileName, content, contentType);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public Task ConsentAsync() => ExpectSavedAsync("/Citizen/Consent", new Dictionary<string, string?>());

    public Task SubmitAsync() => ExpectSavedAsync("/Citizen/Profile", new Dictionary<string, string?>());

    /// <summary>Every step a complete profile needs, from an empty account to "submitted".</summary>
    public async Task CompleteAndSubmitAsync(string pinfl, int regionId = 10, string passport = "AB1234567")
    {
        await PersonalAsync(pinfl, regionId);
        await PassportAsync(passport);
        await EducationAsync();
        await ProfessionAsync();
        await LanguageAsync();
        await CountriesAsync();
        await UploadAsync(DocumentKind.PassportScan, "passport.pdf", CitizenData.Pdf, "application/pdf");
        await UploadAsync(DocumentKind.Photo, "photo.png", CitizenData.Png, "image/png");
        await ConsentAsync();
        await SubmitAsync();
    }

    private async Task ExpectSavedAsync(string url, IReadOnlyDictionary<string, string?> fields)
    {
        using var response = await client.SubmitAsync(url, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            var errors = page.QuerySelectorAll(".field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim());
            throw new ShouldAssertException($"POST {url} answered {(int)response.StatusCode}: {string.Join(" | ", errors)}");
        }
    }
}
