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

        if (order.LanguageCode is { } language && requiredRank is { } rank
            && (!applicant.LanguageRanks.TryGetValue(language, out var own) || own < rank))
        {
            reasons.Add(IneligibleReason.LanguageBelowRequirement);
        }

        if (applicant.BirthDate is { } birth && (order.MinimumAge is not null || order.MaximumAge is not null))
        {
            var age = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
            if (age < (order.MinimumAge ?? 0) || age > (order.MaximumAge ?? int.MaxValue))
            {
                reasons.Add(IneligibleReason.AgeOutsideRange);
            }
        }

        return reasons;
    }
}
