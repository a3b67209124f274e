using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

public sealed record TimelineItem(string? From, string To, DateTimeOffset At, string? Reason);

public sealed record MyApplicationItem(
    Guid Id,
    Guid JobOrderId,
    string Title,
    string EmployerName,
    string CountryCode,
    string City,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    bool CanWithdraw,
    uint Version,
    IReadOnlyList<TimelineItem> Timeline);

/// <summary>The citizen's own applications, newest first, each with its timeline.</summary>
public sealed record ListMyApplicationsQuery : IQuery<IReadOnlyList<MyApplicationItem>>;

public sealed class ListMyApplicationsHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyApplicationsQuery, IReadOnlyList<MyApplicationItem>>
{
    public async ValueTask<IReadOnlyList<MyApplicationItem>> Handle(ListMyApplicationsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);

        // The citizen filter keeps this to the citizen's own applications; a citizen has a few dozen at most.
        var rows = await (
            from a in db.JobApplications.AsNoTracking()
            join o in db.JobOrders.IgnoreQueryFilters([QueryFilters.Tenant]) on a.JobOrderId equals o.Id
            join e in db.Employers on o.OrganizationId equals e.Id
            orderby a.SubmittedAt descending
            select new { a.Id, a.JobOrderId, o.Title, e.LegalName, o.CountryCode, o.City, a.Status, a.SubmittedAt, a.Version })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var changes = await db.StatusChanges.AsNoTracking()
            .Where(c => c.EntityType == nameof(JobApplication) && ids.Contains(c.EntityId))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MyApplicationItem(
            r.Id, r.JobOrderId, r.Title, r.LegalName, r.CountryCode, r.City, r.Status, r.SubmittedAt,
            JobApplication.IsAllowed(r.Status, ApplicationStatus.Withdrawn, PipelineActor.Citizen),
            r.Version,
            [.. changes.Where(c => c.EntityId == r.Id).Select(c => new TimelineItem(c.FromStatus, c.ToStatus, c.ChangedAt, c.Reason))]))];
    }
}
