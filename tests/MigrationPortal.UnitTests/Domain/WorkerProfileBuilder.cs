using MigrationPortal.Domain.Workers;

namespace MigrationPortal.UnitTests.Domain;

/// <summary>
/// A worker profile for transition tests: complete (every requirement of Missing met) and brought to the asked
/// status through the domain's own methods, with its set-up status changes already taken.
/// </summary>
public sealed class WorkerProfileBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(5));
    public static readonly DateOnly Today = new(2026, 11, 2);
    public static readonly Guid Citizen = new("0000000c-0000-0000-0000-000000000001");
    public static readonly Guid Officer = new("0000000f-0000-0000-0000-000000000001");
    public static readonly IReadOnlyCollection<DocumentKind> RequiredDocuments = [DocumentKind.PassportScan, DocumentKind.Photo];

    private ProfileStatus _status = ProfileStatus.Draft;
    private bool _personal = true;
    private bool _passport = true;
    private bool _education = true;
    private bool _profession = true;
    private bool _language = true;
    private bool _countries = true;
    private bool _consent = true;

    public static SealedValue Sealed { get; } = new("cipher", new byte[32]);

    public static PersonalDetails Personal { get; } = new("Rahimov", "Sardor", "Akmal o‘g‘li", new DateOnly(1990, 5, 15), Sex.Male, "+998901234567", 10, 131, new Guid("00000000-0000-0000-0001-000000000010"));

    public static Pinfl ValidPinfl { get; } = ParsePinfl("31505901234568");

    public WorkerProfileBuilder In(ProfileStatus status)
    {
        _status = status;
        return this;
    }

    public WorkerProfileBuilder WithoutPersonal() => Set(() => _personal = false);

    public WorkerProfileBuilder WithoutPassport() => Set(() => _passport = false);

    public WorkerProfileBuilder WithoutEducation() => Set(() => _education = false);

    public WorkerProfileBuilder WithoutProfession() => Set(() => _profession = false);

    public WorkerProfileBuilder WithoutLanguage() => Set(() => _language = false);

    public WorkerProfileBuilder WithoutCountries() => Set(() => _countries = false);

    public WorkerProfileBuilder WithoutConsent() => Set(() => _consent = false);

    public WorkerProfile Build()
    {
        var at = Start;
        var profile = new WorkerProfile(Citizen, Citizen, at);
        if (_personal)
        {
            profile.UpdatePersonal(Personal, ValidPinfl, Sealed, Citizen, at);
        }

        if (_passport)
        {
            profile.UpdatePassport(Sealed, new DateOnly(2022, 3, 1), new DateOnly(2032, 2, 29), Today, Citizen, at);
        }

        if (_education)
        {
            profile.AddEducation(new Education { Id = Guid.NewGuid(), Level = EducationLevel.Vocational, Field = "Payvandlash", Institution = "Samarqand qurilish texnikumi", GraduationYear = 2009 }, Citizen, at);
        }

        if (_profession)
        {
            profile.AddProfession(new ProfessionSkill { Id = Guid.NewGuid(), OccupationCode = "7212", YearsOfExperience = 8 }, Citizen, at);
        }

        if (_language)
        {
            profile.AddLanguage(new LanguageSkill { Id = Guid.NewGuid(), LanguageCode = "ko", LevelId = 8, Certificate = "TOPIK II" }, Citizen, at);
        }

        if (_countries)
        {
            profile.SetPreferredCountries(["KR"], Citizen, at);
        }

        if (_consent)
        {
            profile.GiveConsent(at);
        }

        if (_status != ProfileStatus.Draft)
        {
            profile.Submit(RequiredDocuments, Citizen, at.AddHours(1));
        }

        if (_status == ProfileStatus.Verified)
        {
            profile.Verify(Officer, at.AddDays(1));
        }
        else if (_status == ProfileStatus.Returned)
        {
            profile.Return([new ReturnReason { Section = ProfileSection.Documents, Reason = "Pasport nusxasi o‘qilmaydi" }], Officer, at.AddDays(1));
        }

        profile.TakePendingStatusChanges();
        return profile;
    }

    private static Pinfl ParsePinfl(string value)
    {
        Pinfl.TryParse(value, out var pinfl);
        return pinfl!;
    }

    private WorkerProfileBuilder Set(Action change)
    {
        change();
        return this;
    }
}
