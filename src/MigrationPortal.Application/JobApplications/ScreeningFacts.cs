using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// Turns a profile and an order as stored into what the domain's screening rule compares
/// (<see cref="ApplicationEligibility.Unmet"/>): the screening queue's marks, the shortlist's override and the demo
/// data share it.
/// </summary>
public sealed class ScreeningFacts
{
    private readonly Dictionary<int, (string Code, int Rank)> _levels;

    private ScreeningFacts(Dictionary<int, (string Code, int Rank)> levels) => _levels = levels;

    public static async Task<ScreeningFacts> LoadAsync(IPortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(await db.LanguageLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => (l.Code, l.Rank), cancellationToken));
    }

    /// <summary>The level as its scale writes it (TOPIK 2, B1); empty for an unknown level.</summary>
    public string LevelCode(int? levelId) => levelId is { } id && _levels.TryGetValue(id, out var level) ? level.Code : "";

    public OrderRequirements Requirements(JobOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Requirements(order.LanguageCode, order.MinimumLanguageLevelId, order.OccupationCode, order.MinimumExperienceYears, order.MinimumAge, order.MaximumAge);
    }

    public OrderRequirements Requirements(string? languageCode, int? levelId, string occupationCode, int? minimumYears, int? minimumAge, int? maximumAge) =>
        new(languageCode, levelId is { } id && _levels.TryGetValue(id, out var level) ? level.Rank : null, occupationCode, minimumYears, minimumAge, maximumAge);

    public CandidateFacts Candidate(DateOnly? birthDate, IEnumerable<LanguageSkill> languages, IEnumerable<ProfessionSkill> professions)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(professions);
        return new(
            birthDate,
            languages.GroupBy(l => l.LanguageCode).ToDictionary(g => g.Key, g => g.Max(l => _levels.TryGetValue(l.LevelId, out var level) ? level.Rank : 0)),
            professions.GroupBy(p => p.OccupationCode).ToDictionary(g => g.Key, g => g.Max(p => p.YearsOfExperience)));
    }
}

/// <summary>A shortlist of a candidate who did not meet the order: what they did not meet, why, who and when (issue 11).</summary>
public sealed record ShortlistOverride(IReadOnlyList<ScreeningRequirement> Unmet, string Reason, string? By, DateTimeOffset At);
