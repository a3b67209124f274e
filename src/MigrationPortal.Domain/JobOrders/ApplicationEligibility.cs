namespace MigrationPortal.Domain.JobOrders;

/// <summary>Why a citizen may not apply to an order; the page says exactly which (issue 4).</summary>
public enum IneligibleReason
{
    ProfileNotVerified,
    LanguageBelowRequirement,
    DeadlinePassed,
    NoOpenPositions,
    AlreadyApplied,
    NotPublished,
    AgeOutsideRange,
}

/// <summary>What the eligibility rules need to know about the citizen.</summary>
public sealed record ApplicantFacts(bool ProfileVerified, DateOnly? BirthDate, IReadOnlyDictionary<string, int> LanguageRanks, bool AlreadyApplied);

/// <summary>A requirement of the order that screening checks a candidate against (issue 11).</summary>
public enum ScreeningRequirement
{
    Language,
    Profession,
    Age,
}

/// <summary>
/// What screening compares with the order: the birth date, the rank of each language on its scale, and the years of
/// each profession (by ISCO-08 code).
/// </summary>
public sealed record CandidateFacts(DateOnly? BirthDate, IReadOnlyDictionary<string, int> LanguageRanks, IReadOnlyDictionary<string, int> YearsByOccupation);

/// <summary>
/// What an order asks of its candidates: a language at a minimum rank on its scale, years in the order's occupation,
/// an age range; each null when the order does not ask it.
/// </summary>
public sealed record OrderRequirements(string? LanguageCode, int? RequiredRank, string OccupationCode, int? MinimumExperienceYears, int? MinimumAge, int? MaximumAge)
{
    public static OrderRequirements Of(JobOrder order, int? requiredRank)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.LanguageCode, requiredRank, order.OccupationCode, order.MinimumExperienceYears, order.MinimumAge, order.MaximumAge);
    }
}

public static class ApplicationEligibility
{
    /// <summary>
    /// Every reason that stops the citizen applying; empty when they may apply with one click.
    /// <paramref name="requiredRank"/> is the rank of the order's minimum level on its language's scale.
    /// </summary>
    public static IReadOnlyList<IneligibleReason> Check(JobOrder order, int? requiredRank, ApplicantFacts applicant, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(applicant);
        var reasons = new List<IneligibleReason>();
        var requirements = OrderRequirements.Of(order, requiredRank);
        if (order.Status != JobOrderStatus.Published)
        {
            reasons.Add(IneligibleReason.NotPublished);
        }

        if (order.ApplicationDeadline < today)
        {
            reasons.Add(IneligibleReason.DeadlinePassed);
        }

        if (order.OpenPositions <= 0)
        {
            reasons.Add(IneligibleReason.NoOpenPositions);
        }

        if (applicant.AlreadyApplied)
        {
            reasons.Add(IneligibleReason.AlreadyApplied);
        }

        if (!applicant.ProfileVerified)
        {
            reasons.Add(IneligibleReason.ProfileNotVerified);
        }

        if (!MeetsLanguage(requirements, applicant.LanguageRanks))
        {
            reasons.Add(IneligibleReason.LanguageBelowRequirement);
        }

        if (!MeetsAge(requirements, applicant.BirthDate, today))
        {
            reasons.Add(IneligibleReason.AgeOutsideRange);
        }

        return reasons;
    }

    /// <summary>
    /// The order's requirements the candidate does not meet, in the order of <see cref="ScreeningRequirement"/>; empty
    /// when they meet all. Shortlisting such a candidate needs an override with a reason (issue 11).
    /// </summary>
    public static IReadOnlyList<ScreeningRequirement> Unmet(OrderRequirements order, CandidateFacts candidate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(candidate);
        var unmet = new List<ScreeningRequirement>();
        if (!MeetsLanguage(order, candidate.LanguageRanks))
        {
            unmet.Add(ScreeningRequirement.Language);
        }

        if (!MeetsProfession(order, candidate.YearsByOccupation))
        {
            unmet.Add(ScreeningRequirement.Profession);
        }

        if (!MeetsAge(order, candidate.BirthDate, today))
        {
            unmet.Add(ScreeningRequirement.Age);
        }

        return unmet;
    }

    /// <summary>A language at or above the order's minimum level on its scale, when the order asks for one.</summary>
    private static bool MeetsLanguage(OrderRequirements order, IReadOnlyDictionary<string, int> ranks) =>
        order.LanguageCode is not { } language || order.RequiredRank is not { } rank
        || (ranks.TryGetValue(language, out var own) && own >= rank);

    /// <summary>When the order asks for experience: at least that many years in the order's own occupation.</summary>
    private static bool MeetsProfession(OrderRequirements order, IReadOnlyDictionary<string, int> yearsByOccupation) =>
        order.MinimumExperienceYears is not { } years
        || (yearsByOccupation.TryGetValue(order.OccupationCode, out var own) && own >= years);

    /// <summary>An age inside the order's range on <paramref name="today"/>; a profile without a birth date is not refused for it.</summary>
    private static bool MeetsAge(OrderRequirements order, DateOnly? birthDate, DateOnly today)
    {
        if (birthDate is not { } birth || (order.MinimumAge is null && order.MaximumAge is null))
        {
            return true;
        }

        var age = AgeOn(birth, today);
        return age >= (order.MinimumAge ?? 0) && age <= (order.MaximumAge ?? int.MaxValue);
    }

    /// <summary>Full years of age on <paramref name="today"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today) =>
        today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);
}
