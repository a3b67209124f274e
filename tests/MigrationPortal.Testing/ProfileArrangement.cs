using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence;
using Shouldly;

namespace MigrationPortal.Testing;

/// <summary>A citizen's profile as it reaches the agency: filled in, with documents and consent, then submitted.</summary>
public sealed record ArrangedProfile(Guid Id, TestUser Citizen, string FullName, string Pinfl, string Passport, Guid PassportScanId, Guid PhotoId, int DistrictId);

/// <summary>Builds worker profiles through the domain's own methods, as the citizen's pages would.</summary>
public sealed class ProfileArrangement(PortalFixture fixture)
{
    public static readonly Guid SamarkandUnit = new("00000000-0000-0000-0001-000000000010");
    public static readonly Guid TashkentCityUnit = new("00000000-0000-0000-0001-000000000014");
    public const int SamarkandRegion = 10;
    public const int TashkentCityRegion = 14;

    public static readonly byte[] PdfBytes = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    /// <summary>A 48×60 portrait a browser can draw (a head and shoulders in grey), so that pages showing the photo look as they will.</summary>
    public static readonly byte[] JpegBytes = Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAA8ADADASIAAhEBAxEB/8QAGQABAAMBAQAAAAAAAAAAAAAAAAMEBgUC/8QAIxAAAgICAgEEAwAAAAAAAAAAAQIAAwQRBVEhEjEyQUKBof/EABcBAQEBAQAAAAAAAAAAAAAAAAEAAgP/xAAWEQEBAQAAAAAAAAAAAAAAAAAAARH/2gAMAwEAAhEDEQA/ANlEROjBE5uXzNGPYa0U2sPfR0B+4xOZoyLBW6mpj7bOwf3LA6UREiStyNrU4FzpsMF0CPrfiWZHfUt9L1P8XGjIMZEtZeBkYrkOhK/TgbBjEwMjKcBEIX7cjQE0Gk461rsCl32WK6JP3rxLMjoqWilKk+KDQkkySIkd99WPX67nCL2ZFJE49vPUq2qqXcdk6irnqWbVtLoOwdxwOxEjpvqyK/XS4dexJIF5sda62sc6VQSZks3LszLzY58fivQmi5gkcXcR0B/RMrGCkREQsYWXZh3ixD4/JexNbW62Vq6HasARMVNVxBJ4uknoj+mFMf/Z");

    private static int _serial;

    /// <summary>The districts of a region, from the seeded reference data.</summary>
    public Task<List<int>> DistrictsOfAsync(int regionId) =>
        fixture.WithDbAsync(db => db.Districts.Where(d => d.RegionId == regionId).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());

    public async Task<ArrangedProfile> SubmittedInSamarkandAsync(DateTimeOffset? submittedAt = null, int? districtId = null, string occupation = "7115", string lastName = "Karimov") =>
        await SubmittedAsync(SamarkandUnit, SamarkandRegion, submittedAt, districtId, occupation, lastName);

    public async Task<ArrangedProfile> SubmittedInTashkentCityAsync(DateTimeOffset? submittedAt = null, string lastName = "Yusupova") =>
        await SubmittedAsync(TashkentCityUnit, TashkentCityRegion, submittedAt, null, "5120", lastName, Sex.Female);

    public async Task<ArrangedProfile> SubmittedAsync(
        Guid unitId,
        int regionId,
        DateTimeOffset? submittedAt,
        int? districtId,
        string occupation,
        string lastName,
        Sex sex = Sex.Male,
        (string Code, int LevelId)? language = null)
    {
        var citizen = await fixture.CreateUserAsync(UserKind.Citizen);
        var district = districtId ?? (await DistrictsOfAsync(regionId))[0];
        var at = submittedAt ?? DateTimeOffset.UtcNow.AddHours(-1);
        var serial = Interlocked.Increment(ref _serial);
        var birthDate = new DateOnly(1990, 5, 15).AddDays(serial);
        var pinfl = PinflFor(birthDate, sex, serial);
        var passport = string.Create(CultureInfo.InvariantCulture, $"AB{1_000_000 + serial:D7}");
        var firstName = sex == Sex.Male ? "Jasur" : "Dilnoza";
        var patronymic = sex == Sex.Male ? "Olimovich" : "Rustamovna";

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalNumberProtector>();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();

        var by = citizen.Id;
        var started = at.AddDays(-1);
        var profile = new WorkerProfile(citizen.Id, by, started);
        Pinfl.TryParse(pinfl, out var parsed).ShouldBe(PinflProblem.None);
        profile.UpdatePersonal(
            new PersonalDetails(lastName, firstName, patronymic, birthDate, sex, string.Create(CultureInfo.InvariantCulture, $"+99890{1_000_000 + serial:D7}"), regionId, district, unitId),
            parsed!,
            await protector.SealAsync(PersonalNumberKind.Pinfl, pinfl, CancellationToken.None),
            by,
            started);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        profile.UpdatePassport(
            await protector.SealAsync(PersonalNumberKind.Passport, passport, CancellationToken.None),
            today.AddYears(-2),
            today.AddYears(8),
            today,
            by,
            started);
        profile.AddEducation(new Education { Id = Guid.CreateVersion7(), Level = EducationLevel.Vocational, Field = "Duradgorlik", Institution = "Samarqand qurilish texnikumi", GraduationYear = 2010 }, by, started);
        profile.AddWork(new WorkExperience { Id = Guid.CreateVersion7(), Employer = "Zarafshon Qurilish MChJ", Position = "Duradgor", CountryCode = "UZ", StartYear = 2011, EndYear = 2023 }, by, started);
        profile.AddProfession(new ProfessionSkill { Id = Guid.CreateVersion7(), OccupationCode = occupation, YearsOfExperience = 8 }, by, started);
        var (languageCode, levelId) = language ?? ("ko", 9);
        profile.AddLanguage(new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = languageCode, LevelId = levelId, Certificate = language is null ? "TOPIK II" : null }, by, started);
        profile.SetPreferredCountries(["KR"], by, started);
        db.WorkerProfiles.Add(profile);

        var scan = new ProfileDocument(Guid.CreateVersion7(), profile.Id, DocumentKind.PassportScan, new StoredFileInfo(files.Add(PdfBytes), "pasport skan.pdf", "application/pdf", PdfBytes.Length), started);
        var photo = new ProfileDocument(Guid.CreateVersion7(), profile.Id, DocumentKind.Photo, new StoredFileInfo(files.Add(JpegBytes), "photo.jpg", "image/jpeg", JpegBytes.Length), started);
        db.ProfileDocuments.AddRange(scan, photo);

        db.ConsentRecords.Add(new ConsentRecord(Guid.CreateVersion7(), citizen.Id, "2026-1", started));
        profile.GiveConsent(started);
        profile.Submit([DocumentKind.PassportScan, DocumentKind.Photo], by, at);
        await db.SaveChangesAsync();

        return new ArrangedProfile(profile.Id, citizen, $"{lastName} {firstName} {patronymic}", pinfl, passport, scan.Id, photo.Id, district);
    }

    /// <summary>An officer's earlier decision, made through the domain (the pages' own path is under test elsewhere).</summary>
    public Task ReturnAsync(ArrangedProfile arranged, Guid officerId, ProfileSection section, string reason) =>
        fixture.WithDbAsync(async db =>
        {
            var profile = await db.WorkerProfiles.SingleAsync(p => p.Id == arranged.Id);
            profile.Return([new ReturnReason { Section = section, Reason = reason }], officerId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    public Task VerifyAsync(ArrangedProfile arranged, Guid officerId) =>
        fixture.WithDbAsync(async db =>
        {
            var profile = await db.WorkerProfiles.SingleAsync(p => p.Id == arranged.Id);
            profile.Verify(officerId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    /// <summary>The citizen withdraws consent: processing stops (docs/design/domain.md, Consent; Law "On Personal Data").</summary>
    public Task WithdrawConsentAsync(ArrangedProfile arranged) =>
        fixture.WithDbAsync(async db =>
        {
            var profile = await db.WorkerProfiles.SingleAsync(p => p.Id == arranged.Id);
            var consent = await db.ConsentRecords.SingleAsync(c => c.CitizenId == arranged.Citizen.Id);
            var now = DateTimeOffset.UtcNow;
            consent.Withdraw(now);
            profile.WithdrawConsent(arranged.Citizen.Id, now);
            await db.SaveChangesAsync();
        });

    /// <summary>A PINFL whose first digit, birth date and check digit agree with the person (docs/design/domain.md, PINFL layout).</summary>
    public static string PinflFor(DateOnly birthDate, Sex sex, int serial)
    {
        var century = birthDate.Year switch
        {
            < 1900 => 1,
            < 2000 => 3,
            _ => 5,
        };
        var first13 = string.Create(CultureInfo.InvariantCulture, $"{century + (sex == Sex.Female ? 1 : 0)}{birthDate:ddMMyy}126{(serial % 999) + 1:D3}");
        return first13 + Pinfl.CheckDigit(first13);
    }
}
