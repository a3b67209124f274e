using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// The agency's view of one job order's whole pipeline (issue 4): the order, how many applications stand in each status,
/// and a page of the applications in the user's scope, each with its recorded status changes. Keyset pages on
/// (submitted_at, id), as the screening queue.
/// </summary>
public sealed record OrderPipelineQuery(Guid JobOrderId, string? After) : IQuery<OrderPipeline>;

/// <summary>The order as the pipeline's header shows it, with the terms a recorded contract is compared with.</summary>
public sealed record PipelineOrder(
    Guid Id,
    string Title,
    string EmployerName,
    string CountryName,
    int Positions,
    int OpenPositions,
    int FilledPositions,
    JobOrderStatus Status,
    DateOnly ApplicationDeadline,
    decimal MonthlyWage,
    string CurrencyCode,
    int HoursPerWeek,
    int ContractMonths);

/// <summary>One recorded status change: from, to, when, who (their display name; null for the system) and why.</summary>
public sealed record PipelineChange(string? From, string To, DateTimeOffset At, string? By, string? Reason);

/// <summary>The contract recorded on an application; <see cref="ApprovedBy"/> names the supervisor who accepted a worse one.</summary>
public sealed record PipelineContract(decimal MonthlyWage, string CurrencyCode, int HoursPerWeek, int Months, DateOnly StartDate, string? DeviationReason, string? ApprovedBy);

public sealed record PipelineApplication(
    Guid Id,
    string CitizenName,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    uint Version,
    PipelineContract? Contract,
    IReadOnlyList<PipelineChange> Timeline,
    ShortlistOverride? Override);

/// <summary>
/// <see cref="Counts"/> has every status with at least one application in scope; <see cref="Next"/> continues the
/// list; <see cref="ApprovesDeviations"/> tells whether the user may record a contract worse than the order.
/// </summary>
public sealed record OrderPipeline(
    PipelineOrder Order,
    IReadOnlyList<PipelineChange> OrderHistory,
    IReadOnlyDictionary<ApplicationStatus, int> Counts,
    int Total,
    IReadOnlyList<PipelineApplication> Applications,
    string? Next,
    bool ApprovesDeviations);

public sealed class OrderPipelineHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<OrderPipelineQuery, OrderPipeline>
{
    public const int PageSize = 20;

    public async ValueTask<OrderPipeline> Handle(OrderPipelineQuery query, CancellationToken cancellationToken)
    {
        var inScope = await ApplicationScope.InScopeAsync(db, currentUser, cancellationToken);

        // An order the user has no part in is "not found": neither its applicants nor its existence are theirs to see.
        var orders = await ApplicationScope.OrdersInScopeAsync(db, currentUser, cancellationToken);
        var order = await orders.AsNoTracking().Where(o => o.Id == query.JobOrderId)
            .Select(o => new
            {
                o.Id,
                o.Title,
                EmployerName = db.Employers.Where(e => e.Id == o.OrganizationId).Select(e => e.LegalName).Single(),
                o.CountryCode,
                o.Positions,
                o.FilledPositions,
                o.SelectedPositions,
                o.Status,
                o.ApplicationDeadline,
                o.MonthlyWage,
                o.CurrencyCode,
                o.HoursPerWeek,
                o.ContractMonths,
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var country = await db.Countries.AsNoTracking().SingleAsync(c => c.Code == order.CountryCode, cancellationToken);
        var header = new PipelineOrder(
            order.Id,
            order.Title,
            order.EmployerName,
            country.NameIn(CultureInfo.CurrentUICulture),
            order.Positions,
            order.Positions - Math.Max(order.FilledPositions, order.SelectedPositions),
            order.FilledPositions,
            order.Status,
            order.ApplicationDeadline,
            order.MonthlyWage,
            order.CurrencyCode,
            order.HoursPerWeek,
            order.ContractMonths);

        var ofOrder = inScope.Where(x => x.Application.JobOrderId == order.Id);
        var counts = await ofOrder
            .GroupBy(x => x.Application.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var page = ofOrder;
        if (QueueCursor.TryParse(query.After, out var afterAt, out var afterId))
        {
            page = page.Where(x => EF.Functions.GreaterThan(ValueTuple.Create(x.Application.SubmittedAt, x.Application.Id), ValueTuple.Create(afterAt, afterId)));
        }

        var rows = await page
            .OrderBy(x => x.Application.SubmittedAt).ThenBy(x => x.Application.Id)
            .Take(PageSize + 1)
            .Select(x => new
            {
                x.Application.Id,
                x.Application.CitizenId,
                Name = x.Profile.LastName + " " + x.Profile.FirstName,
                x.Application.Status,
                x.Application.SubmittedAt,
                x.Application.Version,
                Contract = x.Application.ContractMonthlyWage == null
                    ? null
                    : new PipelineContract(
                        x.Application.ContractMonthlyWage.Value,
                        x.Application.ContractCurrencyCode!,
                        x.Application.ContractHoursPerWeek!.Value,
                        x.Application.ContractMonths!.Value,
                        x.Application.ContractStartDate!.Value,
                        x.Application.DeviationReason,
                        db.Users.Where(u => u.Id == x.Application.DeviationApprovedBy).Select(u => u.FullName).FirstOrDefault()),
                x.Application.ShortlistUnmet,
                x.Application.ShortlistOverrideReason,
                x.Application.ShortlistedAt,
                OverriddenBy = db.Users.Where(u => u.Id == x.Application.ShortlistOverriddenBy).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? QueueCursor.Format(rows[PageSize - 1].SubmittedAt, rows[PageSize - 1].Id) : null;
        rows = rows.Count > PageSize ? rows[..PageSize] : rows;
        await audit.RecordViewAsync(PersonalDataAudit.ViewOrderPipeline, rows.Select(r => r.CitizenId), order.Id.ToString(), cancellationToken);

        // The timelines of the whole page in one query, not one per application.
        var ids = rows.Select(r => r.Id).ToList();
        var timelines = (await ChangesAsync(nameof(JobApplication), ids, cancellationToken)).ToLookup(c => c.EntityId, c => c.Change);
        var history = (await ChangesAsync(nameof(JobOrder), [order.Id], cancellationToken)).Select(c => c.Change).ToList();

        return new OrderPipeline(
            header,
            history,
            counts,
            counts.Values.Sum(),
            [.. rows.Select(r => new PipelineApplication(
                r.Id,
                r.Name,
                r.Status,
                r.SubmittedAt,
                r.Version,
                r.Contract,
                [.. timelines[r.Id]],
                r.ShortlistOverrideReason is { } reason ? new ShortlistOverride(r.ShortlistUnmet, reason, r.OverriddenBy, r.ShortlistedAt!.Value) : null))],
            next,
            currentUser.Kind == UserKind.Supervisor);
    }

    private async Task<List<(Guid EntityId, PipelineChange Change)>> ChangesAsync(string entityType, List<Guid> ids, CancellationToken cancellationToken)
    {
        var changes = await (
            from s in db.StatusChanges.AsNoTracking()
            where s.EntityType == entityType && ids.Contains(s.EntityId)
            join u in db.Users on s.ChangedBy equals (Guid?)u.Id into users
            from u in users.DefaultIfEmpty()
            orderby s.ChangedAt, s.Id
            select new { s.EntityId, s.FromStatus, s.ToStatus, s.ChangedAt, By = u == null ? null : u.FullName, s.Reason })
            .ToListAsync(cancellationToken);
        return [.. changes.Select(c => (c.EntityId, new PipelineChange(c.FromStatus, c.ToStatus, c.ChangedAt, c.By, c.Reason)))];
    }
}
