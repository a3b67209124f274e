namespace MigrationPortal.Domain.JobOrders;

public enum JobOrderStatus
{
    Draft,
    PendingApproval,
    Published,
    Rejected,
    Paused,
    Filled,
    Closed,
    Expired,
}

public enum WagePeriod
{
    Hour,
    Month,
}

/// <summary>The agreement or program a job order falls under (docs/design/domain.md, Job order).</summary>
public enum RecruitmentProgram
{
    EpsKorea,
    JapanTechnicalIntern,
    RussiaOrganized,
    UkSeasonal,
    OtherBilateral,
}

/// <summary>Money as the portal keeps it: an amount and its ISO 4217 currency, never converted in storage.</summary>
public sealed record Money(decimal Amount, string CurrencyCode);

/// <summary>Everything an employer promises and asks for in a job order; the agency approves these terms.</summary>
public sealed record JobOrderTerms
{
    public required string Title { get; init; }

    public required string CountryCode { get; init; }

    public required string City { get; init; }

    /// <summary>An ISCO-08 unit group code.</summary>
    public required string OccupationCode { get; init; }

    public int Positions { get; init; }

    public required Money Wage { get; init; }

    public WagePeriod WagePeriod { get; init; }

    public int HoursPerWeek { get; init; }

    public int ContractMonths { get; init; }

    public int ProbationMonths { get; init; }

    public string? OvertimeTerms { get; init; }

    public bool HousingProvided { get; init; }

    /// <summary>What the worker pays for housing each month, in the wage's currency; null when it is free or not provided.</summary>
    public decimal? HousingCostPerMonth { get; init; }

    public bool MealsProvided { get; init; }

    public bool MedicalInsurance { get; init; }

    public bool ReturnFlight { get; init; }

    public bool Transport { get; init; }

    public string? LanguageCode { get; init; }

    /// <summary>The lowest level accepted, on the language's own scale.</summary>
    public int? MinimumLanguageLevelId { get; init; }

    public int? MinimumExperienceYears { get; init; }

    /// <summary>Age limits, only where the destination's program sets them.</summary>
    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    public DateOnly ApplicationDeadline { get; init; }

    public RecruitmentProgram Program { get; init; }

    /// <summary>The wage per month: an hourly wage over the promised hours (52 weeks / 12 months).</summary>
    public decimal MonthlyWage => WagePeriod == WagePeriod.Month ? Wage.Amount : Math.Round(Wage.Amount * HoursPerWeek * 52m / 12m, 2);
}
