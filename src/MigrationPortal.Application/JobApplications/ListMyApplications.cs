using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>Who wrote the free text of a timeline entry, so the page labels it as that person's note (issue 11).</summary>
public enum NoteAuthor
{
    Agency,
    Employer,
    Citizen,
}

/// <summary>One change of an application; a note is the person's own words, never part of the translated status.</summary>
public sealed record TimelineItem(string? From, string To, DateTimeOffset At, string? Reason, NoteAuthor NoteBy)
{
    public static NoteAuthor AuthorOf(UserKind? kind) => kind switch
    {
        UserKind.Citizen => NoteAuthor.Citizen,
        UserKind.EmployerAdmin or UserKind.EmployerStaff => NoteAuthor.Employer,
        _ => NoteAuthor.Agency,
    };
}

/// <summary>The employer's invitation as the citizen reads it.</summary>
public sealed record MyInterview(DateTimeOffset At, string? Place, string? Link);

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
    MyInterview? Interview,
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
            select new { a.Id, a.JobOrderId, o.Title, e.LegalName, o.CountryCode, o.City, a.Status, a.SubmittedAt, a.Version, a.InterviewAt, a.InterviewPlace, a.InterviewLink })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var changes = await (
            from c in db.StatusChanges.AsNoTracking()
            where c.EntityType == nameof(JobApplication) && ids.Contains(c.EntityId)
            join u in db.Users on c.ChangedBy equals (Guid?)u.Id into users
            from u in users.DefaultIfEmpty()
            orderby c.ChangedAt, c.Id
            select new { c.EntityId, c.FromStatus, c.ToStatus, c.ChangedAt, c.Reason, Kind = u == null ? (UserKind?)null : u.Kind })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MyApplicationItem(
            r.Id, r.JobOrderId, r.Title, r.LegalName, r.CountryCode, r.City, r.Status, r.SubmittedAt,
            JobApplication.IsAllowed(r.Status, ApplicationStatus.Withdrawn, PipelineActor.Citizen),
            r.Version,
            r.InterviewAt is { } at ? new MyInterview(at, r.InterviewPlace, r.InterviewLink) : null,
            [.. changes.Where(c => c.EntityId == r.Id).Select(c => new TimelineItem(c.FromStatus, c.ToStatus, c.ChangedAt, c.Reason, TimelineItem.AuthorOf(c.Kind)))]))];
    }
}
