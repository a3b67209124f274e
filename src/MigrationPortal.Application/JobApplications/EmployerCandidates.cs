using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// What an employer learns of a shortlisted candidate (issue 4): name, age, languages, professions and which
/// verified documents exist — never PINFL, passport number, phone or address.
/// </summary>
public sealed record CandidateView(
    Guid ApplicationId,
    string Name,
    int? Age,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Professions,
    IReadOnlyList<DocumentKind> Documents,
    string? ShortlistNote,
    ApplicationStatus Status,
    uint Version);

public sealed record CandidatesPage(Guid JobOrderId, string Title, int Positions, int OpenPositions, decimal MonthlyWage, string CurrencyCode, int HoursPerWeek, IReadOnlyList<CandidateView> Candidates);

public sealed record ListCandidatesQuery(Guid JobOrderId) : IQuery<CandidatesPage>;

/// <summary>The employer's decision on a shortlisted candidate: interview, select, or not select (with a reason).</summary>
public sealed record DecideOnCandidateCommand(Guid ApplicationId, uint Version, ApplicationStatus Target, string? Reason) : ICommand;

public sealed record RecordContractCommand : ICommand, IContractTermsInput
{
    public Guid ApplicationId { get; init; }

    public uint Version { get; init; }

    public decimal? MonthlyWage { get; init; }

    public int? HoursPerWeek { get; init; }

    public int? ContractMonths { get; init; }

    public DateOnly? StartDate { get; init; }
}

public sealed record ConfirmArrivalCommand(Guid ApplicationId) : ICommand;

public sealed class RecordContractValidator : AbstractValidator<RecordContractCommand>
{
    public RecordContractValidator() => Include(new ContractTermsValidator());
}

public sealed class EmployerCandidatesHandlers(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : IQueryHandler<ListCandidatesQuery, CandidatesPage>,
      ICommandHandler<DecideOnCandidateCommand>,
      ICommandHandler<RecordContractCommand>,
      ICommandHandler<ConfirmArrivalCommand>
{
    public async ValueTask<CandidatesPage> Handle(ListCandidatesQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();

        // The tenant filter makes another employer's order "not found".
        var order = await db.JobOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.JobOrderId, cancellationToken) ?? throw new NotFoundException();
        var rows = await (
            from a in Shortlisted(organizationId).AsNoTracking()
            join p in db.WorkerProfiles.IgnoreQueryFilters([QueryFilters.Citizen]) on a.CitizenId equals p.Id
            where a.JobOrderId == order.Id && p.ConsentActive
            orderby a.ShortlistedAt, a.Id
            select new { a.Id, p.LastName, p.FirstName, p.BirthDate, p.Languages, p.Professions, a.ShortlistNote, a.Status, a.Version, a.CitizenId })
            .ToListAsync(cancellationToken);
        var citizenIds = rows.Select(r => r.CitizenId).ToList();
        await audit.RecordViewAsync(PersonalDataAudit.ViewCandidates, citizenIds, order.Id.ToString(), cancellationToken);
        var documents = await db.ProfileDocuments.IgnoreQueryFilters([QueryFilters.Citizen]).AsNoTracking()
            .Where(d => citizenIds.Contains(d.ProfileId))
            .Select(d => new { d.ProfileId, d.Kind })
            .ToListAsync(cancellationToken);
        var levels = await db.LanguageLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var today = AgencyCalendar.Today(clock);
        return new CandidatesPage(order.Id, order.Title, order.Positions, order.OpenPositions, order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, [.. rows.Select(r => new CandidateView(
            r.Id,
            $"{r.LastName} {r.FirstName}",
            r.BirthDate is { } birth ? today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0) : null,
            [.. r.Languages.Select(l => $"{l.LanguageCode.ToUpperInvariant()} {levels.GetValueOrDefault(l.LevelId)}")],
            [.. r.Professions.Select(p => $"{p.OccupationCode} · {p.YearsOfExperience}")],
            [.. documents.Where(d => d.ProfileId == r.CitizenId).Select(d => d.Kind).Order()],
            r.ShortlistNote,
            r.Status,
            r.Version))]);
    }

    public async ValueTask<Unit> Handle(DecideOnCandidateCommand command, CancellationToken cancellationToken)
    {
        var (application, order) = await LoadAsync(command.ApplicationId, command.Version, cancellationToken);
        var by = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        switch (command.Target)
        {
            case ApplicationStatus.Interview: application.Interview(by, now); break;
            case ApplicationStatus.Selected: application.Select(order, by, now); break;
            case ApplicationStatus.NotSelected: application.NotSelect(PipelineActor.Employer, command.Reason ?? "", by, now); break;
            default: throw new DomainRuleException("Rule.Application.InvalidTransition", $"ApplicationStatus.{application.Status}", $"ApplicationStatus.{command.Target}");
        }

        audit.RecordChange(PersonalDataAudit.DecideOnCandidate, application.CitizenId, command.Target.ToString());
        await notifier.NotifyAsync(application.CitizenId, $"Notice.Application.{command.Target}", [order.Title], NoticeTarget.JobApplication(application.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RecordContractCommand command, CancellationToken cancellationToken)
    {
        var (application, order) = await LoadAsync(command.ApplicationId, command.Version, cancellationToken);
        var contract = command.ToContract(order.CurrencyCode);

        // An employer cannot approve its own worse contract: that takes a supervisor (issue 4).
        application.RecordContract(order, contract, null, null, currentUser.RequireUserId(), clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.RecordContract, application.CitizenId, order.Id.ToString());
        await notifier.NotifyAsync(application.CitizenId, "Notice.Application.ContractSigned", [order.Title], NoticeTarget.JobApplication(application.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ConfirmArrivalCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var application = await Shortlisted(organizationId).SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken) ?? throw new NotFoundException();
        application.ConfirmArrival(clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.ConfirmArrival, application.CitizenId, application.JobOrderId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    // Applications are the citizens' rows: the employer reaches only those of its own orders that the agency shortlisted.
    private IQueryable<JobApplication> Shortlisted(Guid organizationId) =>
        db.JobApplications.IgnoreQueryFilters([QueryFilters.Citizen]).Where(a => a.EmployerId == organizationId && a.ShortlistedAt != null);

    private async Task<(JobApplication Application, JobOrder Order)> LoadAsync(Guid applicationId, uint version, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var application = await Shortlisted(organizationId).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new NotFoundException();
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        var order = await db.JobOrders.SingleOrDefaultAsync(o => o.Id == application.JobOrderId, cancellationToken) ?? throw new NotFoundException();
        return (application, order);
    }
}
