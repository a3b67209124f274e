using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// One application of the queue with what screening compares (issue 11): the candidate's age, branch, professions and
/// languages, next to what the order asks, and the requirements not met (<see cref="ApplicationEligibility.Unmet"/>).
/// </summary>
public sealed record ScreeningRow(Guid Id, Guid JobOrderId, string OrderTitle, string CountryCode, string CitizenName, ApplicationStatus Status, DateTimeOffset SubmittedAt, uint Version)
{
    /// <summary>The citizen, whose profile review the row opens.</summary>
    public Guid CitizenId { get; init; }

    /// <summary>Whether the user may open the citizen's profile review (<see cref="ReviewScope"/>): a representative office screens the orders of its country but reviews no branch's profiles.</summary>
    public bool ProfileReviewable { get; init; }

    public int? Age { get; init; }

    public string? UnitName { get; init; }

    public IReadOnlyList<ScreeningProfession> Professions { get; init; } = [];

    public IReadOnlyList<ScreeningLanguage> Languages { get; init; } = [];

    public required ScreeningAsk Asks { get; init; }

    public IReadOnlyList<ScreeningRequirement> Unmet { get; init; } = [];

    /// <summary>When an officer verified the profile; null while it is not verified.</summary>
    public DateTimeOffset? VerifiedAt { get; init; }

    public ShortlistOverride? Override { get; init; }
}

/// <summary>A profession of the candidate: its name in the user's language and the years of experience.</summary>
public sealed record ScreeningProfession(string Code, string Name, int Years);

/// <summary>A language of the candidate at its level; <see cref="Certified"/> when a certificate proves the level, else self-declared.</summary>
public sealed record ScreeningLanguage(string Code, string Name, string Level, bool Certified);

/// <summary>What the order asks: a language at a level, years in its occupation, an age range; each null when it does not.</summary>
public sealed record ScreeningAsk(string? LanguageName, string? Level, string OccupationName, int? MinimumYears, int? MinimumAge, int? MaximumAge);

/// <summary>A page of the screening queue: oldest first, continued after <see cref="Next"/>.</summary>
public sealed record ScreeningPage(IReadOnlyList<ScreeningRow> Rows, int Total, string? Next);

/// <summary>
/// The agency's screening queue (issue 4): filters by order, country, status, the citizen's territorial unit and a
/// language the citizen speaks, optionally at or above a level of that language's scale; those who meet all the order's
/// requirements (issue 11); shortlists made by override; keyset pages on (submitted_at, id).
/// </summary>
public sealed record ScreeningQueueQuery : IQuery<ScreeningPage>
{
    public Guid? JobOrderId { get; init; }

    public string? CountryCode { get; init; }

    public ApplicationStatus? Status { get; init; }

    public Guid? UnitId { get; init; }

    public string? LanguageCode { get; init; }

    public int? MinimumLevelId { get; init; }

    public bool MeetsAll { get; init; }

    public bool Overridden { get; init; }

    public string? After { get; init; }
}

public sealed class ScreeningQueueHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit, TimeProvider clock) : IQueryHandler<ScreeningQueueQuery, ScreeningPage>
{
    public const int PageSize = 20;

    public async ValueTask<ScreeningPage> Handle(ScreeningQueueQuery query, CancellationToken cancellationToken)
    {
        var status = query.Status ?? ApplicationStatus.Submitted;
        var filtered =
            from x in await ApplicationScope.InScopeAsync(db, currentUser, cancellationToken)
            where x.Application.Status == status
            select new { a = x.Application, o = x.Order, p = x.Profile };
        if (query.JobOrderId is { } orderId)
        {
            filtered = filtered.Where(x => x.a.JobOrderId == orderId);
        }

        if (!string.IsNullOrEmpty(query.CountryCode))
        {
            filtered = filtered.Where(x => x.o.CountryCode == query.CountryCode);
        }

        if (query.UnitId is { } unit)
        {
            filtered = filtered.Where(x => x.p.UnitId == unit);
        }

        if (!string.IsNullOrEmpty(query.LanguageCode))
        {
            var levels = await LevelsAtOrAboveAsync(query.MinimumLevelId, cancellationToken);
            filtered = levels is null
                ? filtered.Where(x => x.p.Languages.Any(l => l.LanguageCode == query.LanguageCode))
                : filtered.Where(x => x.p.Languages.Any(l => l.LanguageCode == query.LanguageCode && levels.Contains(l.LevelId)));
        }

        var today = AgencyCalendar.Today(clock);
        if (query.MeetsAll)
        {
            // ApplicationEligibility.Unmet in SQL, requirement by requirement, so that pages stay keyset pages.
            var levels = db.LanguageLevels;
            filtered = filtered.Where(x =>
                (x.o.LanguageCode == null || x.o.MinimumLanguageLevelId == null
                    || x.p.Languages.Any(l => l.LanguageCode == x.o.LanguageCode
                        && levels.Where(v => v.Id == l.LevelId).Select(v => v.Rank).FirstOrDefault() >= levels.Where(v => v.Id == x.o.MinimumLanguageLevelId).Select(v => v.Rank).FirstOrDefault()))
                && (x.o.MinimumExperienceYears == null
                    || x.p.Professions.Any(pr => pr.OccupationCode == x.o.OccupationCode && pr.YearsOfExperience >= x.o.MinimumExperienceYears))
                && (x.p.BirthDate == null
                    || ((x.o.MinimumAge == null || x.p.BirthDate.Value.AddYears(x.o.MinimumAge.Value) <= today)
                        && (x.o.MaximumAge == null || x.p.BirthDate.Value.AddYears(x.o.MaximumAge.Value + 1) > today))));
        }

        if (query.Overridden)
        {
            filtered = filtered.Where(x => x.a.ShortlistOverrideReason != null);
        }

        var total = await filtered.CountAsync(cancellationToken);
        if (QueueCursor.TryParse(query.After, out var afterAt, out var afterId))
        {
            filtered = filtered.Where(x => EF.Functions.GreaterThan(ValueTuple.Create(x.a.SubmittedAt, x.a.Id), ValueTuple.Create(afterAt, afterId)));
        }

        var found = await filtered
            .OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id)
            .Take(PageSize + 1)
            .Select(x => new
            {
                x.a.Id,
                JobOrderId = x.o.Id,
                x.o.Title,
                x.o.CountryCode,
                Name = x.p.LastName + " " + x.p.FirstName,
                x.a.Status,
                x.a.SubmittedAt,
                x.a.Version,
                x.a.CitizenId,
                x.p.BirthDate,
                x.p.UnitId,
                x.p.Languages,
                x.p.Professions,
                VerifiedAt = x.p.Status == ProfileStatus.Verified ? x.p.DecidedAt : null,
                x.o.LanguageCode,
                x.o.MinimumLanguageLevelId,
                x.o.OccupationCode,
                x.o.MinimumExperienceYears,
                x.o.MinimumAge,
                x.o.MaximumAge,
                x.a.ShortlistUnmet,
                x.a.ShortlistOverrideReason,
                x.a.ShortlistedAt,
                OverriddenBy = db.Users.Where(u => u.Id == x.a.ShortlistOverriddenBy).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        await audit.RecordViewAsync(PersonalDataAudit.ViewScreeningQueue, found.Take(PageSize).Select(x => x.CitizenId), status.ToString(), cancellationToken);

        var facts = await ScreeningFacts.LoadAsync(db, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var occupationCodes = found.SelectMany(x => x.Professions.Select(p => p.OccupationCode).Append(x.OccupationCode)).Distinct().ToList();
        var occupations = await db.Occupations.AsNoTracking().Where(o => occupationCodes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.NameIn(culture), cancellationToken);
        var languages = await db.Languages.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.NameIn(culture), cancellationToken);
        var unitIds = found.Select(x => x.UnitId).Distinct().ToList();
        var units = await db.AgencyUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.NameIn(culture), cancellationToken);
        var reviewUnit = currentUser.ReviewUnit();
        var rows = found.ConvertAll(x => new ScreeningRow(x.Id, x.JobOrderId, x.Title, x.CountryCode, x.Name, x.Status, x.SubmittedAt, x.Version)
        {
            CitizenId = x.CitizenId,
            ProfileReviewable = reviewUnit is null || x.UnitId == reviewUnit,
            Age = x.BirthDate is { } birth ? ApplicationEligibility.AgeOn(birth, today) : null,
            UnitName = x.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
            Professions = [.. x.Professions.Select(p => new ScreeningProfession(p.OccupationCode, occupations.GetValueOrDefault(p.OccupationCode, p.OccupationCode), p.YearsOfExperience))],
            Languages = [.. x.Languages.Select(l => new ScreeningLanguage(l.LanguageCode, languages.GetValueOrDefault(l.LanguageCode, l.LanguageCode), facts.LevelCode(l.LevelId), !string.IsNullOrWhiteSpace(l.Certificate)))],
            Asks = new ScreeningAsk(
                x.LanguageCode is { } code ? languages.GetValueOrDefault(code, code) : null,
                x.MinimumLanguageLevelId is null ? null : facts.LevelCode(x.MinimumLanguageLevelId),
                occupations.GetValueOrDefault(x.OccupationCode, x.OccupationCode),
                x.MinimumExperienceYears,
                x.MinimumAge,
                x.MaximumAge),
            Unmet = ApplicationEligibility.Unmet(
                facts.Requirements(x.LanguageCode, x.MinimumLanguageLevelId, x.OccupationCode, x.MinimumExperienceYears, x.MinimumAge, x.MaximumAge),
                facts.Candidate(x.BirthDate, x.Languages, x.Professions),
                today),
            VerifiedAt = x.VerifiedAt,
            Override = x.ShortlistOverrideReason is { } reason ? new ShortlistOverride(x.ShortlistUnmet, reason, x.OverriddenBy, x.ShortlistedAt!.Value) : null,
        });
        return rows.Count > PageSize
            ? new ScreeningPage(rows[..PageSize], total, QueueCursor.Format(rows[PageSize - 1].SubmittedAt, rows[PageSize - 1].Id))
            : new ScreeningPage(rows, total, null);
    }

    /// <summary>The levels of the chosen level's scale ranked at or above it; null when no level is chosen.</summary>
    private async Task<List<int>?> LevelsAtOrAboveAsync(int? levelId, CancellationToken cancellationToken)
    {
        if (levelId is not { } id)
        {
            return null;
        }

        return await (
            from chosen in db.LanguageLevels
            where chosen.Id == id
            join level in db.LanguageLevels on chosen.ScaleCode equals level.ScaleCode
            where level.Rank >= chosen.Rank
            select level.Id).ToListAsync(cancellationToken);
    }
}
