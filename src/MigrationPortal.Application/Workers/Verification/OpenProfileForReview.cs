using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// The whole profile as the reviewing officer checks it against the documents: the one view that shows PINFL and
/// passport number in clear, so every opening is written to the personal-data audit (docs/design/quality.md, Personal data).
/// </summary>
public sealed record OpenProfileForReviewQuery(Guid Id) : IQuery<ProfileReview>;

public sealed record ProfileReview(
    Guid Id,
    uint Version,
    ProfileStatus Status,
    string FullName,
    DateOnly? BirthDate,
    Sex? Sex,
    string? Phone,
    string Region,
    string District,
    string Unit,
    string? Pinfl,
    string? PassportNumber,
    DateOnly? PassportIssuedOn,
    DateOnly? PassportExpiresOn,
    IReadOnlyList<ReviewEducation> Educations,
    IReadOnlyList<ReviewWork> WorkHistory,
    IReadOnlyList<ReviewProfession> Professions,
    IReadOnlyList<ReviewLanguage> Languages,
    IReadOnlyList<string> PreferredCountries,
    IReadOnlyList<ReviewDocument> Documents,
    IReadOnlyList<ReviewReturnReason> ReturnReasons,
    IReadOnlyList<ReviewStatusChange> History,
    DateTimeOffset? SubmittedAt)
{
    public bool AwaitsDecision => Status == ProfileStatus.Submitted;
}

public sealed record ReviewEducation(EducationLevel Level, string Field, string Institution, int GraduationYear);

public sealed record ReviewWork(string Employer, string Position, string Country, int StartYear, int? EndYear);

public sealed record ReviewProfession(string Code, string Name, int YearsOfExperience);

public sealed record ReviewLanguage(string Name, string Level, string? Certificate);

public sealed record ReviewDocument(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

public sealed record ReviewReturnReason(ProfileSection Section, string Reason);

/// <summary>One recorded change of the profile's status; <see cref="By"/> is empty for the system's own moves.</summary>
public sealed record ReviewStatusChange(DateTimeOffset At, string? From, string To, string By, string? Reason);

public sealed class OpenProfileForReviewHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector, PersonalDataAudit audit)
    : IQueryHandler<OpenProfileForReviewQuery, ProfileReview>
{
    public async ValueTask<ProfileReview> Handle(OpenProfileForReviewQuery query, CancellationToken cancellationToken)
    {
        var unit = currentUser.ReviewUnit();

        // Another unit's profile, or one whose owner withdrew consent, is "not found": nobody learns it exists.
        var profile = await db.WorkerProfiles.AsNoTracking().ReviewableIn(unit)
            .SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();

        await audit.RecordViewAsync(PersonalDataAudit.ViewProfile, profile.CitizenId, null, cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == profile.RegionId).SingleOrDefaultAsync(cancellationToken);
        var district = await db.Districts.AsNoTracking().Where(d => d.Id == profile.DistrictId).SingleOrDefaultAsync(cancellationToken);
        var profileUnit = await db.AgencyUnits.AsNoTracking().Where(u => u.Id == profile.UnitId).SingleOrDefaultAsync(cancellationToken);

        var occupationCodes = profile.Professions.Select(p => p.OccupationCode).ToList();
        var occupations = await db.Occupations.AsNoTracking()
            .Where(o => occupationCodes.Contains(o.Code))
            .ToDictionaryAsync(o => o.Code, o => o.NameIn(culture), cancellationToken);

        var languageCodes = profile.Languages.Select(l => l.LanguageCode).ToList();
        var languages = await db.Languages.AsNoTracking()
            .Where(l => languageCodes.Contains(l.Code))
            .ToDictionaryAsync(l => l.Code, l => l.NameIn(culture), cancellationToken);
        var levelIds = profile.Languages.Select(l => l.LevelId).ToList();
        var levels = await db.LanguageLevels.AsNoTracking()
            .Where(l => levelIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);

        var countryCodes = profile.PreferredCountries.Concat(profile.WorkHistory.Select(w => w.CountryCode)).Distinct().ToList();
        var countries = await db.Countries.AsNoTracking()
            .Where(c => countryCodes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => c.NameIn(culture), cancellationToken);

        var documents = await db.ProfileDocuments.AsNoTracking()
            .Where(d => d.ProfileId == profile.Id)
            .OrderBy(d => d.Kind)
            .Select(d => new ReviewDocument(d.Id, d.Kind, d.FileName, d.ContentType, d.Length, d.UploadedAt))
            .ToListAsync(cancellationToken);

        var history = await (
            from s in db.StatusChanges.AsNoTracking()
            where s.EntityType == nameof(WorkerProfile) && s.EntityId == profile.Id
            join u in db.Users on s.ChangedBy equals (Guid?)u.Id into users
            from u in users.DefaultIfEmpty()
            orderby s.ChangedAt, s.Id
            select new ReviewStatusChange(s.ChangedAt, s.FromStatus, s.ToStatus, u == null ? "" : u.FullName, s.Reason))
            .ToListAsync(cancellationToken);

        return new ProfileReview(
            profile.Id,
            profile.Version,
            profile.Status,
            string.Join(' ', new[] { profile.LastName, profile.FirstName, profile.Patronymic }.Where(n => !string.IsNullOrEmpty(n))),
            profile.BirthDate,
            profile.Sex,
            profile.Phone,
            region?.NameIn(culture) ?? "",
            district?.NameIn(culture) ?? "",
            profileUnit?.NameIn(culture) ?? "",
            profile.PinflCipher is null ? null : protector.Unseal(profile.PinflCipher),
            profile.PassportCipher is null ? null : protector.Unseal(profile.PassportCipher),
            profile.PassportIssuedOn,
            profile.PassportExpiresOn,
            [.. profile.Educations.Select(e => new ReviewEducation(e.Level, e.Field, e.Institution, e.GraduationYear))],
            [.. profile.WorkHistory.Select(w => new ReviewWork(w.Employer, w.Position, countries.GetValueOrDefault(w.CountryCode, w.CountryCode), w.StartYear, w.EndYear))],
            [.. profile.Professions.Select(p => new ReviewProfession(p.OccupationCode, occupations.GetValueOrDefault(p.OccupationCode, ""), p.YearsOfExperience))],
            [.. profile.Languages.Select(l => new ReviewLanguage(languages.GetValueOrDefault(l.LanguageCode, l.LanguageCode), levels.GetValueOrDefault(l.LevelId, ""), l.Certificate))],
            [.. profile.PreferredCountries.Select(c => countries.GetValueOrDefault(c, c))],
            documents,
            [.. profile.ReturnReasons.Select(r => new ReviewReturnReason(r.Section, r.Reason))],
            history,
            profile.SubmittedAt);
    }
}
