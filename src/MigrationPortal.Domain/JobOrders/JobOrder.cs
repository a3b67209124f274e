using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.JobOrders;

/// <summary>
/// A partner employer's vacancy request (docs/design/domain.md, Job order): Draft → PendingApproval → Published, or Rejected
/// with the agency's reason (edited and resubmitted); Published ↔ Paused; Published → Filled / Closed / Expired.
/// </summary>
public sealed class JobOrder : StatusTracked, IEmployerOwned
{
    private JobOrder()
    {
    }

    public JobOrder(Guid id, JobOrderTerms terms, Guid by, DateTimeOffset at, DateOnly today)
    {
        Id = id;
        Status = JobOrderStatus.Draft;
        CreatedAt = at;
        Apply(terms, today);
        RecordStatusChange(id, null, Status.ToString(), by, at, null);
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; set; }

    public JobOrderStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string City { get; private set; } = "";

    public string OccupationCode { get; private set; } = "";

    public int Positions { get; private set; }

    public decimal WageAmount { get; private set; }

    public string CurrencyCode { get; private set; } = "";

    public WagePeriod WagePeriod { get; private set; }

    public int HoursPerWeek { get; private set; }

    /// <summary>The wage per month in its own currency, kept for sorting and comparing.</summary>
    public decimal MonthlyWage { get; private set; }

    public int ContractMonths { get; private set; }

    public int ProbationMonths { get; private set; }

    public string? OvertimeTerms { get; private set; }

    public bool HousingProvided { get; private set; }

    public decimal? HousingCostPerMonth { get; private set; }

    public bool MealsProvided { get; private set; }

    public bool MedicalInsurance { get; private set; }

    public bool ReturnFlight { get; private set; }

    public bool Transport { get; private set; }

    public string? LanguageCode { get; private set; }

    public int? MinimumLanguageLevelId { get; private set; }

    public int? MinimumExperienceYears { get; private set; }

    public int? MinimumAge { get; private set; }

    public int? MaximumAge { get; private set; }

    public DateOnly ApplicationDeadline { get; private set; }

    public RecruitmentProgram Program { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Positions taken by signed contracts; the order is Filled when it reaches <see cref="Positions"/>.</summary>
    public int FilledPositions { get; private set; }

    /// <summary>Candidates selected (and not since withdrawn or refused); never more than <see cref="Positions"/>.</summary>
    public int SelectedPositions { get; private set; }

    /// <summary>The monthly wage in US dollars at the latest rate the agency recorded, for search filters and sorting.</summary>
    public decimal? MonthlyWageUsd { get; private set; }

    /// <summary>
    /// What free-text search looks in: title, city, and the occupation, country and employer names in every language
    /// and script the portal speaks, lower-cased. Kept by the application, which knows the reference names.
    /// </summary>
    public string SearchText { get; private set; } = "";

    public uint Version { get; private set; }

    public void Index(string searchText, decimal? monthlyWageUsd)
    {
        SearchText = searchText;
        MonthlyWageUsd = monthlyWageUsd;
    }

    public JobOrderTerms Terms => new()
    {
        Title = Title,
        CountryCode = CountryCode,
        City = City,
        OccupationCode = OccupationCode,
        Positions = Positions,
        Wage = new Money(WageAmount, CurrencyCode),
        WagePeriod = WagePeriod,
        HoursPerWeek = HoursPerWeek,
        ContractMonths = ContractMonths,
        ProbationMonths = ProbationMonths,
        OvertimeTerms = OvertimeTerms,
        HousingProvided = HousingProvided,
        HousingCostPerMonth = HousingCostPerMonth,
        MealsProvided = MealsProvided,
        MedicalInsurance = MedicalInsurance,
        ReturnFlight = ReturnFlight,
        Transport = Transport,
        LanguageCode = LanguageCode,
        MinimumLanguageLevelId = MinimumLanguageLevelId,
        MinimumExperienceYears = MinimumExperienceYears,
        MinimumAge = MinimumAge,
        MaximumAge = MaximumAge,
        ApplicationDeadline = ApplicationDeadline,
        Program = Program,
    };

    /// <summary>The terms change only while the agency has not published them: in Draft, or after a rejection.</summary>
    public void Edit(JobOrderTerms terms, DateOnly today)
    {
        if (Status is not (JobOrderStatus.Draft or JobOrderStatus.Rejected))
        {
            throw new DomainRuleException("Rule.JobOrder.NotEditable", $"JobOrderStatus.{Status}");
        }

        Apply(terms, today);
    }

    public void Submit(Guid by, DateTimeOffset at, DateOnly today)
    {
        Require(JobOrderStatus.PendingApproval, JobOrderStatus.Draft, JobOrderStatus.Rejected);
        if (ApplicationDeadline < today)
        {
            throw new DomainRuleException("Rule.JobOrder.DeadlinePassed");
        }

        MoveTo(JobOrderStatus.PendingApproval, by, at, null);
        SubmittedAt = at;
        RejectionReason = null;
    }

    /// <summary>
    /// Publishes the order. <paramref name="minimumMonthlyWage"/> is the destination's minimum wage for the period,
    /// already in the order's currency; an order below it is refused (issue 4).
    /// </summary>
    public void Approve(decimal? minimumMonthlyWage, Guid by, DateTimeOffset at)
    {
        Require(JobOrderStatus.Published, JobOrderStatus.PendingApproval);
        if (minimumMonthlyWage is { } minimum && MonthlyWage < minimum)
        {
            throw new DomainRuleException("Rule.JobOrder.BelowMinimumWage", new Money(MonthlyWage, CurrencyCode), new Money(minimum, CurrencyCode));
        }

        MoveTo(JobOrderStatus.Published, by, at, null);
        PublishedAt = at;
    }

    public void Reject(string reason, Guid by, DateTimeOffset at)
    {
        Require(JobOrderStatus.Rejected, JobOrderStatus.PendingApproval);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Rule.JobOrder.RejectNeedsReason");
        }

        MoveTo(JobOrderStatus.Rejected, by, at, reason.Trim());
        RejectionReason = reason.Trim();
    }

    public void Pause(Guid by, DateTimeOffset at) => Transition(JobOrderStatus.Paused, by, at, null, JobOrderStatus.Published);

    public void Resume(Guid by, DateTimeOffset at) => Transition(JobOrderStatus.Published, by, at, null, JobOrderStatus.Paused);

    public void Close(Guid by, DateTimeOffset at, string? reason) =>
        Transition(JobOrderStatus.Closed, by, at, reason, JobOrderStatus.Published, JobOrderStatus.Paused);

    public void Expire(Guid by, DateTimeOffset at) => Transition(JobOrderStatus.Expired, by, at, null, JobOrderStatus.Published, JobOrderStatus.Paused);

    /// <summary>A signed contract takes a position; the last one fills the order (docs/design/domain.md, Job order: a full order takes no more).</summary>
    public void TakePosition(Guid by, DateTimeOffset at)
    {
        if (FilledPositions >= Positions)
        {
            throw new DomainRuleException("Rule.JobOrder.NoOpenPositions");
        }

        FilledPositions++;
        if (FilledPositions == Positions && Status is JobOrderStatus.Published or JobOrderStatus.Paused)
        {
            MoveTo(JobOrderStatus.Filled, by, at, null);
        }
    }

    public int OpenPositions => Positions - Math.Max(FilledPositions, SelectedPositions);

    /// <summary>
    /// Holds a position for a selected candidate. The order's row version makes two selections at once conflict,
    /// so the count can never pass the positions (issue 4: even with two users clicking at once).
    /// </summary>
    public void ReserveSelection()
    {
        if (SelectedPositions >= Positions)
        {
            throw new DomainRuleException("Rule.JobOrder.NoOpenPositions");
        }

        SelectedPositions++;
    }

    /// <summary>A selected candidate who withdraws gives the position back.</summary>
    public void ReleaseSelection() => SelectedPositions = Math.Max(0, SelectedPositions - 1);

    /// <summary>Whether citizens can apply: published, positions open, before the deadline.</summary>
    public bool IsOpenFor(DateOnly today) => Status == JobOrderStatus.Published && OpenPositions > 0 && ApplicationDeadline >= today;

    private void Apply(JobOrderTerms terms, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.ApplicationDeadline < today)
        {
            throw new DomainRuleException("Rule.JobOrder.DeadlinePassed");
        }

        if (terms.MinimumAge is { } min && terms.MaximumAge is { } max && max < min)
        {
            throw new DomainRuleException("Rule.JobOrder.AgeRange");
        }

        Title = terms.Title.Trim();
        CountryCode = terms.CountryCode;
        City = terms.City.Trim();
        OccupationCode = terms.OccupationCode;
        Positions = terms.Positions;
        WageAmount = terms.Wage.Amount;
        CurrencyCode = terms.Wage.CurrencyCode;
        WagePeriod = terms.WagePeriod;
        HoursPerWeek = terms.HoursPerWeek;
        MonthlyWage = terms.MonthlyWage;
        ContractMonths = terms.ContractMonths;
        ProbationMonths = terms.ProbationMonths;
        OvertimeTerms = string.IsNullOrWhiteSpace(terms.OvertimeTerms) ? null : terms.OvertimeTerms.Trim();
        HousingProvided = terms.HousingProvided;
        HousingCostPerMonth = terms.HousingProvided ? terms.HousingCostPerMonth : null;
        MealsProvided = terms.MealsProvided;
        MedicalInsurance = terms.MedicalInsurance;
        ReturnFlight = terms.ReturnFlight;
        Transport = terms.Transport;
        LanguageCode = terms.LanguageCode;
        MinimumLanguageLevelId = terms.LanguageCode is null ? null : terms.MinimumLanguageLevelId;
        MinimumExperienceYears = terms.MinimumExperienceYears;
        MinimumAge = terms.MinimumAge;
        MaximumAge = terms.MaximumAge;
        ApplicationDeadline = terms.ApplicationDeadline;
        Program = terms.Program;
    }

    private void Transition(JobOrderStatus target, Guid by, DateTimeOffset at, string? reason, params JobOrderStatus[] from)
    {
        Require(target, from);
        MoveTo(target, by, at, reason);
    }

    private void Require(JobOrderStatus target, params JobOrderStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainRuleException("Rule.JobOrder.InvalidTransition", $"JobOrderStatus.{Status}", $"JobOrderStatus.{target}");
        }
    }

    private void MoveTo(JobOrderStatus target, Guid by, DateTimeOffset at, string? reason)
    {
        RecordStatusChange(Id, Status.ToString(), target.ToString(), by, at, reason);
        Status = target;
    }
}
