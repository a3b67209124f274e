using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Persistence.Seed;

namespace MigrationPortal.Infrastructure.Demo;

/// <summary>
/// Demo citizens with worker profiles in every status, in five territorial units, each brought there through the
/// domain's own methods so that the status history, consent records and documents are what the portal would have
/// written. PINFL and passport numbers are sealed like any citizen's.
/// </summary>
public static partial class DemoData
{
    /// <summary>The version of the consent text the demo citizens agreed to (reference data, seeded after migrating).</summary>
    public const string ConsentVersion = "2026-1";

    private const int FerganaRegionId = 4;
    private const int AndijanRegionId = 2;
    private const int NamanganRegionId = 8;

    /// <summary>The demo citizens; their account ids are fixed so that the seed can tell whom it already wrote.</summary>
    public static IReadOnlyList<DemoCitizen> Citizens { get; } =
    [
        new(1, "Sardor", "Qosimov", "Akmal o‘g‘li", Sex.Male, new DateOnly(1991, 3, 14), SamarkandRegionId, 131, "AC2318457", "+998915273140",
            new(EducationLevel.Vocational, "Payvandlash ishlari", "Samarqand qurilish kasb-hunar kolleji", 2010),
            [("7212", 9)], [("ko", 8, "TOPIK I, 2-daraja"), ("ru", 3, null)], ["KR"],
            new("Samarqand Avtomobil Zavodi", "Payvandchi", "UZ", 2012, null), DemoScenario.Submitted, 26),
        new(2, "Dilnoza", "Xolmatova", "Rustam qizi", Sex.Female, new DateOnly(1994, 8, 2), SamarkandRegionId, 146, "AD0493716", "+998937104582",
            new(EducationLevel.Vocational, "Tikuvchilik", "Urgut yengil sanoat kolleji", 2012),
            [("8153", 7), ("7533", 5)], [("tr", 2, null), ("ru", 3, null)], ["TR"],
            new("Urgut Tekstil MChJ", "Tikuvchi", "UZ", 2013, 2024), DemoScenario.Verified, 58),
        new(3, "Bekzod", "Tursunov", "Olim o‘g‘li", Sex.Male, new DateOnly(1988, 11, 30), SamarkandRegionId, 136, "AB7720164", "+998905550931",
            new(EducationLevel.Secondary, "Umumiy o‘rta ta’lim", "Kattaqo‘rg‘on tumanidagi 12-maktab", 2005),
            [("7112", 12), ("9313", 4)], [("ru", 3, null)], ["RU", "KZ"],
            new("Volga Stroy LLC", "G‘isht teruvchi", "RU", 2016, 2022), DemoScenario.Returned, 19),
        new(4, "Shahnoza", "Yo‘ldosheva", "Baxtiyor qizi", Sex.Female, new DateOnly(2001, 1, 21), SamarkandRegionId, 144, "AE1047839", "+998992318806",
            new(EducationLevel.Bachelor, "Hamshiralik ishi", "Samarqand davlat tibbiyot universiteti", 2023),
            [("2221", 1)], [], [],
            null, DemoScenario.DraftIncomplete, 0),
        new(5, "Jamshid", "Qodirov", "Erkin o‘g‘li", Sex.Male, new DateOnly(1985, 6, 9), SamarkandRegionId, 140, "AA9081234", "+998933407719",
            new(EducationLevel.Vocational, "Avtomobil transporti", "Pastdarg‘om transport kolleji", 2003),
            [("8332", 14), ("8322", 10)], [("ru", 4, null), ("en", 2, null)], ["KZ", "RU"],
            new("Samarqand Trans Logistik", "Og‘ir yuk mashinasi haydovchisi", "UZ", 2006, null), DemoScenario.Submitted, 8),
        new(6, "Aziza", "Karimova", "Shuhrat qizi", Sex.Female, new DateOnly(1993, 4, 17), TashkentCityRegionId, 206, "AC5512098", "+998901112437",
            new(EducationLevel.Bachelor, "Hamshiralik ishi", "Toshkent tibbiyot akademiyasi", 2015),
            [("2221", 8), ("3221", 2)], [("en", 4, "IELTS 6.0"), ("de", 3, "Goethe-Zertifikat B1")], ["DE", "GB"],
            new("Respublika shoshilinch tibbiy yordam markazi", "Hamshira", "UZ", 2015, null), DemoScenario.Verified, 61),
        new(7, "Otabek", "Islomov", "Davron o‘g‘li", Sex.Male, new DateOnly(1997, 12, 5), TashkentCityRegionId, 198, "AD3365420", "+998977006315",
            new(EducationLevel.Bachelor, "Dasturiy injiniring", "Muhammad al-Xorazmiy nomidagi TATU", 2019),
            [("2512", 6)], [("en", 5, "IELTS 7.0"), ("ru", 5, null)], ["DE", "GB", "PL"],
            new("EPAM Systems Uzbekistan", "Dasturchi", "UZ", 2019, null), DemoScenario.Submitted, 23),
        new(8, "Madina", "Ergasheva", "Anvar qizi", Sex.Female, new DateOnly(1999, 2, 28), TashkentCityRegionId, 203, "AB6609182", "+998946220573",
            new(EducationLevel.Bachelor, "Turizm va mehmonxona xo‘jaligi", "Toshkent davlat iqtisodiyot universiteti", 2021),
            [("4224", 3), ("5131", 2)], [("en", 3, null), ("tr", 2, null)], ["AE", "TR"],
            new("Hyatt Regency Tashkent", "Qabulxona ma’muri", "UZ", 2021, 2025), DemoScenario.Returned, 12),
        new(9, "Rustam", "Alimov", "Farhod o‘g‘li", Sex.Male, new DateOnly(1990, 9, 23), TashkentCityRegionId, 196, "AA4127765", "+998909874126",
            new(EducationLevel.Vocational, "Elektr montaj ishlari", "Chilonzor politexnika kolleji", 2009),
            [("7411", 11)], [("ko", 9, "TOPIK I, 3-daraja")], ["KR"],
            null, DemoScenario.ConsentWithdrawn, 15),
        new(10, "Nilufar", "Abdullayeva", "Jahongir qizi", Sex.Female, new DateOnly(2003, 7, 11), TashkentCityRegionId, 200, "AE8803517", "+998950417762",
            new(EducationLevel.Vocational, "Oshpazlik", "Sergeli xizmat ko‘rsatish texnikumi", 2022),
            [("5120", 2)], [], [],
            null, DemoScenario.DraftIncomplete, 0),
        new(11, "Sherzod", "Nazarov", "Ravshan o‘g‘li", Sex.Male, new DateOnly(1987, 5, 1), FerganaRegionId, 61, "AB2290471", "+998912645308",
            new(EducationLevel.Secondary, "Umumiy o‘rta ta’lim", "Rishton tumanidagi 7-maktab", 2004),
            [("6111", 15), ("9211", 15)], [("en", 2, null)], ["GB"],
            new("Kent Fresh Farms Ltd", "Mavsumiy terimchi", "GB", 2023, 2023), DemoScenario.Verified, 54),
        new(12, "Gulnora", "Mirzayeva", "Ilhom qizi", Sex.Female, new DateOnly(1995, 10, 19), FerganaRegionId, 48, "AC7045126", "+998916330945",
            new(EducationLevel.Vocational, "Tibbiy parvarish", "Marg‘ilon tibbiyot kolleji", 2014),
            [("5321", 6), ("5322", 3)], [("ja", 14, "JLPT N4"), ("ru", 2, null)], ["JP"],
            null, DemoScenario.Resubmitted, 30),
        new(13, "Ulug‘bek", "Hasanov", "Sobir o‘g‘li", Sex.Male, new DateOnly(1986, 1, 7), FerganaRegionId, 49, "AD1178350", "+998935081627",
            new(EducationLevel.Vocational, "Duradgorlik", "Qo‘qon qurilish kolleji", 2004),
            [("7115", 16), ("7522", 8)], [("ru", 2, null)], ["RU"],
            new("Qo‘qon Mebel", "Duradgor", "UZ", 2005, null), DemoScenario.Returned, 6),
        new(14, "Javohir", "Usmonov", "Baxrom o‘g‘li", Sex.Male, new DateOnly(1996, 3, 3), AndijanRegionId, 21, "AA3306894", "+998974512089",
            new(EducationLevel.Vocational, "Santexnika va quvur montaji", "Asaka kasb-hunar kolleji", 2014),
            [("7126", 8)], [("ko", 8, "TOPIK I, 2-daraja")], ["KR"],
            new("Andijon Suvoqova", "Santexnik", "UZ", 2015, 2024), DemoScenario.Verified, 47),
        new(15, "Mohira", "Sobirova", "Ulug‘bek qizi", Sex.Female, new DateOnly(2000, 12, 12), AndijanRegionId, 18, "AB8842031", "+998990036741",
            new(EducationLevel.Vocational, "Tikuvchilik", "Andijon yengil sanoat kolleji", 2019),
            [("7533", 4), ("8153", 4)], [("tr", 2, null)], ["TR"],
            new("Anadolu Tekstil A.Ş.", "Tikuvchi", "TR", 2023, 2024), DemoScenario.Submitted, 3),
        new(16, "Abdulla", "Jo‘rayev", "Nodir o‘g‘li", Sex.Male, new DateOnly(1989, 7, 26), NamanganRegionId, 110, "AC0938475", "+998947730218",
            new(EducationLevel.Vocational, "Qishloq xo‘jaligi texnikasi", "Chust agrar kolleji", 2008),
            [("8341", 12), ("7233", 6)], [("en", 2, null), ("pl", 1, null)], ["PL", "GB"],
            new("Chust Agro Servis", "Traktorchi-mexanik", "UZ", 2008, null), DemoScenario.ChangedAfterVerification, 40),
    ];

    public static Guid CitizenId(int number) => new($"0000000c-0000-0000-0000-{number:D12}");

    /// <summary>The PINFL a demo citizen's birth date and sex give, with a valid check digit (docs/design/domain.md, PINFL layout).</summary>
    public static string PinflOf(DemoCitizen citizen)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var centuryAndSex = (citizen.BirthDate.Year >= 2000 ? 5 : 3) + (citizen.Sex == Sex.Female ? 1 : 0);
        var first13 = string.Create(CultureInfo.InvariantCulture, $"{centuryAndSex}{citizen.BirthDate:ddMMyy}{100 + (citizen.RegionId * 20) + citizen.Number:D3}{(citizen.Number * 37) + 100:D3}");
        return first13 + Pinfl.CheckDigit(first13).ToString(CultureInfo.InvariantCulture);
    }

    private static async Task SeedCitizensAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var protector = services.GetRequiredService<IPersonalNumberProtector>();
        var files = services.GetRequiredService<IFileStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var password = Password(services);
        var officers = await db.Users
            .Where(u => u.Email == "officer.samarkand@demo.migration.uz" || u.Email == "officer.tashkent@demo.migration.uz" || u.Email == "supervisor@demo.migration.uz")
            .ToDictionaryAsync(u => u.Email!, u => u.Id);

        foreach (var citizen in Citizens)
        {
            var id = CitizenId(citizen.Number);
            if (await db.Users.AnyAsync(u => u.Id == id))
            {
                continue;
            }

            var officer = officers[citizen.RegionId switch
            {
                SamarkandRegionId => "officer.samarkand@demo.migration.uz",
                TashkentCityRegionId => "officer.tashkent@demo.migration.uz",
                _ => "supervisor@demo.migration.uz",
            }];

            // Account, profile, documents and consent are written together or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AddCitizenAccountAsync(users, citizen, id, password, now);
            await AddProfileAsync(db, protector, files, citizen, id, officer, now);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    private static async Task AddCitizenAccountAsync(UserManager<PortalUser> users, DemoCitizen citizen, Guid id, string password, DateTimeOffset now)
    {
        var email = $"{Ascii(citizen.FirstName)}.{Ascii(citizen.LastName)}@demo.migration.uz";
        var user = new PortalUser
        {
            Id = id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            PhoneNumber = citizen.Phone,
            PhoneNumberConfirmed = true,
            FullName = $"{citizen.FirstName} {citizen.LastName}",
            Kind = UserKind.Citizen,
            CreatedAt = now.AddDays(-(citizen.SubmittedDaysAgo + 10)),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo citizen {citizen.Number} could not be created: {string.Join(", ", created.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, nameof(UserKind.Citizen));
    }

    private static async Task AddProfileAsync(PortalDbContext db, IPersonalNumberProtector protector, IFileStore files, DemoCitizen citizen, Guid id, Guid officer, DateTimeOffset now)
    {
        var submittedAt = now.AddDays(-citizen.SubmittedDaysAgo).AddHours(-citizen.Number);
        var at = submittedAt.AddDays(-4);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var profile = new WorkerProfile(id, id, at);
        var pinflText = PinflOf(citizen);
        if (Pinfl.TryParse(pinflText, out var parsedPinfl) != PinflProblem.None || !PassportNumber.TryParse(citizen.Passport, out var parsedPassport)
            || !UzbekPhoneNumber.TryNormalize(citizen.Phone, out var phone))
        {
            throw new InvalidOperationException($"Demo citizen {citizen.Number} has an invalid personal number or phone.");
        }

        var pinfl = parsedPinfl!;
        var passport = parsedPassport!;

        var details = new PersonalDetails(citizen.LastName, citizen.FirstName, citizen.Patronymic, citizen.BirthDate, citizen.Sex, phone, citizen.RegionId, citizen.DistrictId, ReferenceData.TerritorialBranchId(citizen.RegionId));
        profile.UpdatePersonal(details, pinfl, await protector.SealAsync(PersonalNumberKind.Pinfl, pinfl.Value, CancellationToken.None), id, at);
        profile.AddEducation(new Education { Id = Guid.CreateVersion7(), Level = citizen.Education.Level, Field = citizen.Education.Field, Institution = citizen.Education.Institution, GraduationYear = citizen.Education.GraduationYear }, id, at);
        foreach (var (code, years) in citizen.Professions)
        {
            profile.AddProfession(new ProfessionSkill { Id = Guid.CreateVersion7(), OccupationCode = code, YearsOfExperience = years }, id, at);
        }

        if (citizen.Work is { } work)
        {
            profile.AddWork(new WorkExperience { Id = Guid.CreateVersion7(), Employer = work.Employer, Position = work.Position, CountryCode = work.CountryCode, StartYear = work.StartYear, EndYear = work.EndYear }, id, at);
        }

        db.WorkerProfiles.Add(profile);
        var consent = new ConsentRecord(Guid.CreateVersion7(), id, ConsentVersion, at);
        db.ConsentRecords.Add(consent);
        profile.GiveConsent(at);
        if (citizen.Scenario == DemoScenario.DraftIncomplete)
        {
            // Stopped after the first steps: no passport, languages, countries or documents yet.
            return;
        }

        var issuedOn = today.AddYears(-2).AddDays(-(citizen.Number * 23));
        profile.UpdatePassport(await protector.SealAsync(PersonalNumberKind.Passport, passport.Value, CancellationToken.None), issuedOn, issuedOn.AddYears(10).AddDays(-1), today, id, at);
        foreach (var (language, levelId, certificate) in citizen.Languages)
        {
            profile.AddLanguage(new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = language, LevelId = levelId, Certificate = certificate }, id, at);
        }

        profile.SetPreferredCountries(citizen.Countries, id, at);
        AddDocument(db, files, id, DocumentKind.PassportScan, "pasport.pdf", "application/pdf", DemoPdf($"{citizen.LastName} {citizen.FirstName}: pasport nusxasi (demo)"), at);
        AddDocument(db, files, id, DocumentKind.Photo, "surat.png", "image/png", DemoPortrait(citizen.Number), at);
        profile.NoteDocumentChanged(id, at);

        IReadOnlyCollection<DocumentKind> documents = [DocumentKind.PassportScan, DocumentKind.Photo];
        profile.Submit(documents, id, submittedAt);
        Told(submittedAt);
        var decidedAt = submittedAt.AddDays(Math.Min(3, citizen.SubmittedDaysAgo / 2.0));
        switch (citizen.Scenario)
        {
            case DemoScenario.Returned:
                profile.Return(ReasonsFor(citizen), officer, decidedAt);
                Told(decidedAt);
                break;
            case DemoScenario.Resubmitted:
                profile.Return(ReasonsFor(citizen), officer, decidedAt);
                Told(decidedAt);
                profile.AddLanguage(new LanguageSkill { Id = Guid.CreateVersion7(), LanguageCode = "en", LevelId = 2 }, id, decidedAt.AddDays(1));
                profile.Submit(documents, id, decidedAt.AddDays(2));
                Told(decidedAt.AddDays(2));
                break;
            case DemoScenario.Verified:
                profile.Verify(officer, decidedAt);
                Told(decidedAt);
                break;
            case DemoScenario.ConsentWithdrawn:
                consent.Withdraw(decidedAt);
                profile.WithdrawConsent(id, decidedAt);
                Told(decidedAt);
                break;
            case DemoScenario.ChangedAfterVerification:
                profile.Verify(officer, decidedAt);
                Told(decidedAt);
                var renewedOn = DateOnly.FromDateTime(decidedAt.AddDays(10).UtcDateTime);
                profile.UpdatePassport(await protector.SealAsync(PersonalNumberKind.Passport, "FA" + passport.Value[2..], CancellationToken.None), renewedOn, renewedOn.AddYears(10).AddDays(-1), renewedOn, id, decidedAt.AddDays(10));
                Told(decidedAt.AddDays(10));
                break;
        }

        // Each move of the status tells the citizen what the handler making that move would have told them.
        void Told(DateTimeOffset when) => db.Notifications.Add(StatusNotices.For(profile).ToNotification(when));
    }

    private static List<ReturnReason> ReasonsFor(DemoCitizen citizen) => citizen.Number switch
    {
        3 =>
        [
            new() { Section = ProfileSection.Documents, Reason = "Pasport nusxasi xira: seriya va raqam o‘qilmaydi. Aniq skanerlangan nusxani yuklang." },
            new() { Section = ProfileSection.WorkHistory, Reason = "Rossiyadagi ish davri uchun mehnat shartnomasi yoki ma’lumotnoma yuklang." },
        ],
        8 => [new() { Section = ProfileSection.Documents, Reason = "Surat oq fonda va so‘nggi 6 oy ichida olingan bo‘lishi kerak." }],
        12 => [new() { Section = ProfileSection.Languages, Reason = "Yaponiyadagi ish uchun ingliz yoki yapon tilidagi darajani tasdiqlovchi ma’lumot kerak." }],
        _ => [new() { Section = ProfileSection.Professions, Reason = "Ko‘rsatilgan tajriba yillari mehnat daftarchasidagi yozuvlarga mos emas." }],
    };

    private static void AddDocument(PortalDbContext db, IFileStore files, Guid profileId, DocumentKind kind, string fileName, string contentType, byte[] content, DateTimeOffset at)
    {
        var fileId = files.Add(content);
        db.ProfileDocuments.Add(new ProfileDocument(Guid.CreateVersion7(), profileId, kind, new StoredFileInfo(fileId, fileName, contentType, content.Length), at));
    }

    private static string Ascii(string name) =>
        new([.. name.ToLowerInvariant().Where(char.IsAsciiLetterLower)]);

    /// <summary>A one-page PDF with one line of text, with a correct cross-reference table.</summary>
    private static byte[] DemoPdf(string line)
    {
        // Helvetica in a plain PDF knows ASCII only; the Uzbek apostrophes become plain ones, brackets are escaped.
        var ascii = new string([.. line.Select(c => c is '‘' or '’' or 'ʼ' ? '\'' : c < 128 ? c : '?')]);
        var text = ascii.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 14 Tf 60 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A 48×60 grey PNG with a head-and-shoulders silhouette, shaded a little differently per citizen.</summary>
    private static byte[] DemoPortrait(int seed)
    {
        const int width = 48;
        const int height = 60;
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (width + 1)] = 0;
            for (var x = 0; x < width; x++)
            {
                var head = Math.Pow((x - 24) / 11.0, 2) + Math.Pow((y - 22) / 14.0, 2) <= 1;
                var shoulders = y > 40 && Math.Pow((x - 24) / 22.0, 2) + Math.Pow((y - 62) / 20.0, 2) <= 1;
                raw[(y * (width + 1)) + 1 + x] = (byte)(head || shoulders ? 90 + (seed * 3) : 225);
            }
        }

        return DemoPictures.Encode(width, height, 0, raw);
    }
}

/// <summary>Where a demo citizen's profile stands, and how it got there.</summary>
public enum DemoScenario
{
    /// <summary>Registered and started the profile; parts are still missing.</summary>
    DraftIncomplete,
    Submitted,
    Returned,

    /// <summary>Returned once, corrected and submitted again.</summary>
    Resubmitted,
    Verified,

    /// <summary>Submitted, then consent withdrawn: back to Draft and out of every queue.</summary>
    ConsentWithdrawn,

    /// <summary>Verified, then the passport was renewed: back to Draft until submitted again.</summary>
    ChangedAfterVerification,
}

public sealed record DemoEducation(EducationLevel Level, string Field, string Institution, int GraduationYear);

public sealed record DemoWork(string Employer, string Position, string CountryCode, int StartYear, int? EndYear);

/// <summary>One demo citizen and the story of their profile; the days since submission order the queue.</summary>
public sealed record DemoCitizen(
    int Number,
    string FirstName,
    string LastName,
    string Patronymic,
    Sex Sex,
    DateOnly BirthDate,
    int RegionId,
    int DistrictId,
    string Passport,
    string Phone,
    DemoEducation Education,
    IReadOnlyList<(string Code, int Years)> Professions,
    IReadOnlyList<(string Language, int LevelId, string? Certificate)> Languages,
    IReadOnlyList<string> Countries,
    DemoWork? Work,
    DemoScenario Scenario,
    int SubmittedDaysAgo);
