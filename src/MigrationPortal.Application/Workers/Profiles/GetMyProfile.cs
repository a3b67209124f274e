using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record EducationItem(Guid Id, EducationLevel Level, string Field, string Institution, int GraduationYear);

public sealed record WorkItem(Guid Id, string Employer, string Position, string Country, int StartYear, int? EndYear);

public sealed record ProfessionItem(Guid Id, string Code, string Name, int YearsOfExperience);

public sealed record LanguageItem(Guid Id, string Language, string Level, string? Certificate);

public sealed record CountryItem(string Code, string Name);

public sealed record DocumentItem(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

public sealed record StatusHistoryItem(string? From, string To, DateTimeOffset At, string? Reason);

/// <summary>
/// The citizen's own profile as their pages show it. PINFL and passport number are masked: only the officer's
/// verification view shows them whole.
/// </summary>
public sealed record MyProfileView
{
    public ProfileStatus Status { get; init; }

    public uint Version { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    public string? Patronymic { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    public string? MaskedPinfl { get; init; }

    /// <summary>Who vouched for the names, birth date, sex and PINFL ("OneID"); null while the citizen typed them.</summary>
    public string? IdentitySource { get; init; }

    public DateTimeOffset? IdentityConfirmedAt { get; init; }

    public string? Phone { get; init; }

    public int? DistrictId { get; init; }

    public string? Residence { get; init; }

    public string? UnitName { get; init; }

    public string? MaskedPassport { get; init; }

    public DateOnly? PassportIssuedOn { get; init; }

    public DateOnly? PassportExpiresOn { get; init; }

    public IReadOnlyList<EducationItem> Educations { get; init; } = [];

    public IReadOnlyList<WorkItem> WorkHistory { get; init; } = [];

    public IReadOnlyList<ProfessionItem> Professions { get; init; } = [];

    public IReadOnlyList<LanguageItem> Languages { get; init; } = [];

    public IReadOnlyList<CountryItem> Countries { get; init; } = [];

    public IReadOnlyList<DocumentItem> Documents { get; init; } = [];

    public IReadOnlyList<ProfileRequirement> Missing { get; init; } = [];

    public IReadOnlyDictionary<ProfileSection, string> ReturnReasons { get; init; } = new Dictionary<ProfileSection, string>();

    public IReadOnlyList<StatusHistoryItem> History { get; init; } = [];

    public bool ConsentActive { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>How much of what submission needs is there, 0 to 100.</summary>
    public int CompletenessPercent => (int)Math.Round(100.0 * (RequirementCount - Missing.Count) / RequirementCount);

    public bool IsEditable => Status != ProfileStatus.Submitted;

    private static int RequirementCount => Enum.GetValues<ProfileRequirement>().Length;
}

public sealed record GetMyProfileQuery : IQuery<MyProfileView>;

public sealed class GetMyProfileHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector) : IQueryHandler<GetMyProfileQuery, MyProfileView>
{
    public async ValueTask<MyProfileView> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var citizenId = currentUser.RequireUserId();
        var profile = await db.WorkerProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == citizenId, cancellationToken);
        if (profile is null)
        {
            var phone = await db.Users.Where(u => u.Id == citizenId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(cancellationToken);
            return new MyProfileView { Phone = phone, Missing = Enum.GetValues<ProfileRequirement>() };
        }

        var culture = CultureInfo.CurrentUICulture;
        var documents = await db.ProfileDocuments.AsNoTracking()
            .Where(d => d.ProfileId == profile.Id)
            .OrderBy(d => d.Kind)
            .Select(d => new DocumentItem(d.Id, d.Kind, d.FileName, d.ContentType, d.Length, d.UploadedAt))
            .ToListAsync(cancellationToken);
        var history = await db.StatusChanges.AsNoTracking()
            .Where(c => c.EntityType == nameof(WorkerProfile) && c.EntityId == profile.Id)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new StatusHistoryItem(c.FromStatus, c.ToStatus, c.ChangedAt, c.Reason))
            .ToListAsync(cancellationToken);
        var names = await ReferenceNames.LoadAsync(db, profile, culture, cancellationToken);

        return new MyProfileView
        {
            Status = profile.Status,
            Version = profile.Version,
            LastName = profile.LastName,
            FirstName = profile.FirstName,
            Patronymic = profile.Patronymic,
            BirthDate = profile.BirthDate,
            Sex = profile.Sex,
            MaskedPinfl = profile.PinflCipher is { } pinfl ? PersonalDataMask.Mask(protector.Unseal(pinfl)) : null,
            IdentitySource = profile.IdentitySource,
            IdentityConfirmedAt = profile.IdentityConfirmedAt,
            // Until the citizen saves one, the profile offers the account's own number (one OneID vouched for, say).
            Phone = profile.Phone ?? await db.Users.Where(u => u.Id == citizenId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(cancellationToken),
            DistrictId = profile.DistrictId,
            Residence = names.Residence,
            UnitName = names.Unit,
            MaskedPassport = profile.PassportCipher is { } passport ? PersonalDataMask.Mask(protector.Unseal(passport)) : null,
            PassportIssuedOn = profile.PassportIssuedOn,
            PassportExpiresOn = profile.PassportExpiresOn,
            Educations = [.. profile.Educations.Select(e => new EducationItem(e.Id, e.Level, e.Field, e.Institution, e.GraduationYear))],
            WorkHistory = [.. profile.WorkHistory.Select(w => new WorkItem(w.Id, w.Employer, w.Position, names.Country(w.CountryCode), w.StartYear, w.EndYear))],
            Professions = [.. profile.Professions.Select(p => new ProfessionItem(p.Id, p.OccupationCode, names.Occupation(p.OccupationCode), p.YearsOfExperience))],
            Languages = [.. profile.Languages.Select(l => new LanguageItem(l.Id, names.Language(l.LanguageCode), names.Level(l.LevelId), l.Certificate))],
            Countries = [.. profile.PreferredCountries.Select(c => new CountryItem(c, names.Country(c)))],
            Documents = documents,
            Missing = profile.Missing([.. documents.Select(d => d.Kind)]),
            ReturnReasons = profile.Status == ProfileStatus.Returned ? profile.ReturnReasons.ToDictionary(r => r.Section, r => r.Reason) : new Dictionary<ProfileSection, string>(),
            History = history,
            ConsentActive = profile.ConsentActive,
            SubmittedAt = profile.SubmittedAt,
        };
    }
}

/// <summary>The reference names a profile mentions, in the reader's language, read in one go per table.</summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, string> _occupations;
    private readonly Dictionary<string, string> _languages;
    private readonly Dictionary<int, string> _levels;

    private ReferenceNames(Dictionary<string, string> countries, Dictionary<string, string> occupations, Dictionary<string, string> languages, Dictionary<int, string> levels, string? residence, string? unit)
    {
        _countries = countries;
        _occupations = occupations;
        _languages = languages;
        _levels = levels;
        Residence = residence;
        Unit = unit;
    }

    public string? Residence { get; }

    public string? Unit { get; }

    public static async Task<ReferenceNames> LoadAsync(IPortalDbContext db, WorkerProfile profile, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(profile);
        var countryCodes = profile.PreferredCountries.Concat(profile.WorkHistory.Select(w => w.CountryCode)).Distinct().ToList();
        var occupationCodes = profile.OccupationCodes;
        var languageCodes = profile.Languages.Select(l => l.LanguageCode).ToList();
        var levelIds = profile.Languages.Select(l => l.LevelId).ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => countryCodes.Contains(c.Code)).ToListAsync(cancellationToken);
        var occupations = await db.Occupations.AsNoTracking().Where(o => occupationCodes.Contains(o.Code)).ToListAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking().Where(l => languageCodes.Contains(l.Code)).ToListAsync(cancellationToken);
        var levels = await db.LanguageLevels.AsNoTracking().Where(l => levelIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var district = profile.DistrictId is { } districtId ? await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken) : null;
        var region = profile.RegionId is { } regionId ? await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, cancellationToken) : null;
        var unit = profile.UnitId is { } unitId ? await db.AgencyUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken) : null;
        return new ReferenceNames(
            countries.ToDictionary(c => c.Code, c => c.NameIn(culture)),
            occupations.ToDictionary(o => o.Code, o => o.NameIn(culture)),
            languages.ToDictionary(l => l.Code, l => l.NameIn(culture)),
            levels,
            district is null || region is null ? null : $"{district.NameIn(culture)}, {region.NameIn(culture)}",
            unit?.NameIn(culture));
    }

    public string Country(string code) => _countries.GetValueOrDefault(code, code);

    public string Occupation(string code) => _occupations.GetValueOrDefault(code, code);

    public string Language(string code) => _languages.GetValueOrDefault(code, code);

    public string Level(int id) => _levels.GetValueOrDefault(id, "?");
}
