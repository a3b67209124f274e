using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.JobOrders;

public enum ApplicationStatus
{
    Submitted,
    Screening,
    Shortlisted,
    Interview,
    Selected,
    NotSelected,
    ContractSigned,
    PreDeparture,
    Departed,
    Returned,
    Withdrawn,
}

/// <summary>Who moves an application (docs/design/domain.md, Application): the citizen, the agency, or the employer.</summary>
public enum PipelineActor
{
    Citizen,
    Agency,
    Employer,
}

/// <summary>
/// The employer's invitation to an interview (issue 11): when, in the agency's time, and where — a place, a video link
/// (https only), or both.
/// </summary>
public sealed record InterviewInvitation(DateTimeOffset StartsAt, string? Place, string? Link)
{
    public const int PlaceMaxLength = 300;

    public const int LinkMaxLength = 500;

    /// <summary>Whether <paramref name="link"/> is an absolute https address, the only kind of video link sent to a citizen.</summary>
    public static bool IsSecureLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>The contract the employer records: no worse than the order, unless a supervisor approved the difference.</summary>
public sealed record SignedContract(decimal MonthlyWage, string CurrencyCode, int HoursPerWeek, int ContractMonths, DateOnly StartDate);

/// <summary>
/// A citizen's application to a job order (docs/design/domain.md, Application): Submitted → Screening → Shortlisted → Interview →
/// Selected or NotSelected → ContractSigned → PreDeparture → Departed → Returned; Withdrawn by the citizen before
/// Departed. One per citizen and order. The class is named so that no type shadows the Application project (docs/design/architecture.md, trap 10).
/// </summary>
public sealed class JobApplication : StatusTracked, ICitizenOwned
{
    private static readonly Dictionary<(ApplicationStatus From, ApplicationStatus To), PipelineActor> Allowed = new()
    {
        [(ApplicationStatus.Submitted, ApplicationStatus.Screening)] = PipelineActor.Agency,
        [(ApplicationStatus.Screening, ApplicationStatus.Shortlisted)] = PipelineActor.Agency,
        [(ApplicationStatus.Screening, ApplicationStatus.NotSelected)] = PipelineActor.Agency,
        [(ApplicationStatus.Shortlisted, ApplicationStatus.Interview)] = PipelineActor.Employer,
        [(ApplicationStatus.Shortlisted, ApplicationStatus.Selected)] = PipelineActor.Employer,
        [(ApplicationStatus.Shortlisted, ApplicationStatus.NotSelected)] = PipelineActor.Employer,
        [(ApplicationStatus.Interview, ApplicationStatus.Selected)] = PipelineActor.Employer,
        [(ApplicationStatus.Interview, ApplicationStatus.NotSelected)] = PipelineActor.Employer,
        [(ApplicationStatus.Selected, ApplicationStatus.ContractSigned)] = PipelineActor.Employer,
        [(ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture)] = PipelineActor.Agency,
        [(ApplicationStatus.PreDeparture, ApplicationStatus.Departed)] = PipelineActor.Agency,
        [(ApplicationStatus.Departed, ApplicationStatus.Returned)] = PipelineActor.Agency,
    };

    private static readonly ApplicationStatus[] Withdrawable =
    [
        ApplicationStatus.Submitted, ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Interview,
        ApplicationStatus.Selected, ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture,
    ];

    private JobApplication()
    {
    }

    public JobApplication(Guid id, Guid citizenId, Guid jobOrderId, Guid employerId, DateTimeOffset at)
    {
        Id = id;
        CitizenId = citizenId;
        JobOrderId = jobOrderId;
        EmployerId = employerId;
        Status = ApplicationStatus.Submitted;
        SubmittedAt = at;
        RecordStatusChange(id, null, Status.ToString(), citizenId, at, null);
    }

    public Guid Id { get; private set; }

    public Guid CitizenId { get; set; }

    public Guid JobOrderId { get; private set; }

    /// <summary>The order's employer, kept here so the employer's view filters on one indexed column.</summary>
    public Guid EmployerId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The agency's note when shortlisting, shown to the employer.</summary>
    public string? ShortlistNote { get; private set; }

    public DateTimeOffset? ShortlistedAt { get; private set; }

    /// <summary>The order's requirements the candidate did not meet when shortlisted; empty when they met all.</summary>
    public List<ScreeningRequirement> ShortlistUnmet { get; private set; } = [];

    /// <summary>Why the officer shortlisted a candidate who did not meet the order, and who did (issue 11).</summary>
    public string? ShortlistOverrideReason { get; private set; }

    public Guid? ShortlistOverriddenBy { get; private set; }

    public decimal? ContractMonthlyWage { get; private set; }

    public string? ContractCurrencyCode { get; private set; }

    public int? ContractHoursPerWeek { get; private set; }

    public int? ContractMonths { get; private set; }

    public DateOnly? ContractStartDate { get; private set; }

    /// <summary>The supervisor who approved a contract worse than the order, and why.</summary>
    public Guid? DeviationApprovedBy { get; private set; }

    public string? DeviationReason { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>When the employer's interview is, once the employer invited the candidate.</summary>
    public DateTimeOffset? InterviewAt { get; private set; }

    public string? InterviewPlace { get; private set; }

    /// <summary>The video link of the interview, always https.</summary>
    public string? InterviewLink { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Whether the employer may see this application: only once the agency has shortlisted it.</summary>
    public bool IsVisibleToEmployer => ShortlistedAt is not null;

    public void StartScreening(Guid by, DateTimeOffset at) => Move(ApplicationStatus.Screening, PipelineActor.Agency, by, at, null);

    /// <summary>
    /// The agency shortlists the candidate, with a note for the employer. A candidate who does not meet the order
    /// (<paramref name="unmet"/>, from <see cref="ApplicationEligibility.Unmet"/>) is shortlisted only with the
    /// officer's reason for the override, which is kept with what was not met.
    /// </summary>
    public void Shortlist(string? note, IReadOnlyCollection<ScreeningRequirement> unmet, string? overrideReason, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unmet);
        if (unmet.Count > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DomainRuleException("Rule.Application.OverrideReasonRequired", 1);
        }

        Move(ApplicationStatus.Shortlisted, PipelineActor.Agency, by, at, note);
        ShortlistNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ShortlistedAt = at;
        ShortlistUnmet = [.. unmet];
        ShortlistOverrideReason = unmet.Count > 0 ? overrideReason!.Trim() : null;
        ShortlistOverriddenBy = unmet.Count > 0 ? by : null;
    }

    /// <summary>The employer invites the candidate to an interview, ahead in time, at a place or by an https video link.</summary>
    public void Interview(InterviewInvitation invitation, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        CheckMove(ApplicationStatus.Interview, PipelineActor.Employer);
        var place = string.IsNullOrWhiteSpace(invitation.Place) ? null : invitation.Place.Trim();
        var link = string.IsNullOrWhiteSpace(invitation.Link) ? null : invitation.Link.Trim();
        if (invitation.StartsAt <= at)
        {
            throw new DomainRuleException("Rule.Application.InterviewInPast");
        }

        if (place is null && link is null)
        {
            throw new DomainRuleException("Rule.Application.InterviewPlaceOrLink");
        }

        if (link is not null && !InterviewInvitation.IsSecureLink(link))
        {
            throw new DomainRuleException("Rule.Application.InterviewLinkHttps");
        }

        Move(ApplicationStatus.Interview, PipelineActor.Employer, by, at, null);
        InterviewAt = invitation.StartsAt.ToUniversalTime();
        InterviewPlace = place;
        InterviewLink = link;
    }

    /// <summary>The employer selects the candidate; the order must still have a position for them.</summary>
    public void Select(JobOrder order, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        RequireOrder(order);
        CheckMove(ApplicationStatus.Selected, PipelineActor.Employer);
        order.ReserveSelection();
        Move(ApplicationStatus.Selected, PipelineActor.Employer, by, at, null);
    }

    public void NotSelect(PipelineActor actor, string reason, Guid by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Rule.Application.ReasonRequired");
        }

        Move(ApplicationStatus.NotSelected, actor, by, at, reason.Trim());
    }

    /// <summary>
    /// Records the signed contract. One that pays less a month or asks more hours a week than the order promised is
    /// refused unless a supervisor approved the difference, with the reason (issue 4). It takes a position of the order.
    /// </summary>
    public void RecordContract(JobOrder order, SignedContract contract, Guid? supervisorApproval, string? deviationReason, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(contract);
        RequireOrder(order);
        CheckMove(ApplicationStatus.ContractSigned, PipelineActor.Employer);
        var worse = contract.CurrencyCode != order.CurrencyCode || contract.MonthlyWage < order.MonthlyWage || contract.HoursPerWeek > order.HoursPerWeek;
        if (worse && (supervisorApproval is null || string.IsNullOrWhiteSpace(deviationReason)))
        {
            throw new DomainRuleException("Rule.Application.ContractWorseThanOrder");
        }

        order.TakePosition(by, at);
        ContractMonthlyWage = contract.MonthlyWage;
        ContractCurrencyCode = contract.CurrencyCode;
        ContractHoursPerWeek = contract.HoursPerWeek;
        ContractMonths = contract.ContractMonths;
        ContractStartDate = contract.StartDate;
        DeviationApprovedBy = worse ? supervisorApproval : null;
        DeviationReason = worse ? deviationReason!.Trim() : null;
        Move(ApplicationStatus.ContractSigned, PipelineActor.Employer, by, at, DeviationReason);
    }

    public void PrepareDeparture(Guid by, DateTimeOffset at) => Move(ApplicationStatus.PreDeparture, PipelineActor.Agency, by, at, null);

    public void Depart(Guid by, DateTimeOffset at) => Move(ApplicationStatus.Departed, PipelineActor.Agency, by, at, null);

    /// <summary>The employer confirms the worker arrived; the application stays Departed.</summary>
    public void ConfirmArrival(DateTimeOffset at)
    {
        if (Status != ApplicationStatus.Departed)
        {
            throw Invalid(ApplicationStatus.Departed);
        }

        ArrivedAt ??= at;
    }

    public void MarkReturned(Guid by, DateTimeOffset at) => Move(ApplicationStatus.Returned, PipelineActor.Agency, by, at, null);

    /// <summary>The citizen withdraws, any time before departure; a selected candidate gives the position back.</summary>
    public void Withdraw(JobOrder order, string? reason, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        RequireOrder(order);
        if (!Withdrawable.Contains(Status))
        {
            throw Invalid(ApplicationStatus.Withdrawn);
        }

        if (Status == ApplicationStatus.Selected)
        {
            order.ReleaseSelection();
        }

        RecordStatusChange(Id, Status.ToString(), nameof(ApplicationStatus.Withdrawn), by, at, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        Status = ApplicationStatus.Withdrawn;
    }

    /// <summary>
    /// An officer's move to <paramref name="target"/>, as the agency's table allows it: a shortlist keeps
    /// <paramref name="note"/> for the employer (and needs <paramref name="overrideReason"/> when the candidate does not
    /// meet the order), a refusal needs the note as the reason.
    /// </summary>
    public void MoveByAgency(ApplicationStatus target, string? note, IReadOnlyCollection<ScreeningRequirement> unmet, string? overrideReason, Guid by, DateTimeOffset at)
    {
        switch (target)
        {
            case ApplicationStatus.Shortlisted: Shortlist(note, unmet, overrideReason, by, at); break;
            case ApplicationStatus.NotSelected: NotSelect(PipelineActor.Agency, note ?? "", by, at); break;
            default: Move(target, PipelineActor.Agency, by, at, null); break;
        }
    }

    /// <summary>Every status <paramref name="actor"/> may move an application to, from one status or another, in the pipeline's order.</summary>
    public static IReadOnlyList<ApplicationStatus> TargetsOf(PipelineActor actor) =>
        actor == PipelineActor.Citizen
            ? [ApplicationStatus.Withdrawn]
            : [.. Allowed.Where(move => move.Value == actor).Select(move => move.Key.To).Distinct().Order()];

    /// <summary>Whether <paramref name="actor"/> may move an application from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(ApplicationStatus from, ApplicationStatus to, PipelineActor actor) =>
        to == ApplicationStatus.Withdrawn
            ? actor == PipelineActor.Citizen && Withdrawable.Contains(from)
            : Allowed.TryGetValue((from, to), out var who) && who == actor;

    private void RequireOrder(JobOrder order)
    {
        if (order.Id != JobOrderId)
        {
            throw new ArgumentException("The order is not the one this application is for.", nameof(order));
        }
    }

    private void CheckMove(ApplicationStatus target, PipelineActor actor)
    {
        if (!IsAllowed(Status, target, actor))
        {
            throw Invalid(target);
        }
    }

    private void Move(ApplicationStatus target, PipelineActor actor, Guid by, DateTimeOffset at, string? reason)
    {
        CheckMove(target, actor);
        RecordStatusChange(Id, Status.ToString(), target.ToString(), by, at, reason);
        Status = target;
    }

    private DomainRuleException Invalid(ApplicationStatus target) =>
        new("Rule.Application.InvalidTransition", $"ApplicationStatus.{Status}", $"ApplicationStatus.{target}");
}
