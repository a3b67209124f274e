using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// Job orders waiting for the agency's approval, oldest submission first, in the reviewer's scope. Keyset pages on
/// (submitted_at, id), which the (status, submitted_at, id) index serves at any depth.
/// </summary>
public sealed record JobOrderApprovalQueueQuery(string? After) : IQuery<JobOrderApprovalPage>;

public sealed record JobOrderApprovalRow(
    Guid Id,
    string Title,
    string EmployerName,
    string CountryName,
    string City,
    int Positions,
    decimal MonthlyWage,
    string CurrencyCode,
    DateTimeOffset SubmittedAt);

public sealed record JobOrderApprovalPage(IReadOnlyList<JobOrderApprovalRow> Items, int Total, bool IsFirstPage, string? NextCursor);

public sealed class JobOrderApprovalQueueHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<JobOrderApprovalQueueQuery, JobOrderApprovalPage>
{
    public const int PageSize = Paging.DefaultPageSize;

    public async ValueTask<JobOrderApprovalPage> Handle(JobOrderApprovalQueueQuery query, CancellationToken cancellationToken)
    {
        var pending = (await ApprovalScope.ReviewableOrdersAsync(db, currentUser, cancellationToken))
            .AsNoTracking()
            .Where(o => o.Status == JobOrderStatus.PendingApproval);
        var total = await pending.CountAsync(cancellationToken);

        var page = pending;
        var isFirstPage = !QueueCursor.TryParse(query.After, out var afterAt, out var afterId);
        if (!isFirstPage)
        {
            DateTimeOffset? after = afterAt;
            page = page.Where(o => EF.Functions.GreaterThan(ValueTuple.Create(o.SubmittedAt, o.Id), ValueTuple.Create(after, afterId)));
        }

        var rows = await (
            from o in page
            join e in db.Employers on o.OrganizationId equals e.Id
            join c in db.Countries on o.CountryCode equals c.Code
            orderby o.SubmittedAt, o.Id
            select new
            {
                o.Id, o.Title, e.LegalName, c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn, o.City, o.Positions, o.MonthlyWage, o.CurrencyCode,
                SubmittedAt = o.SubmittedAt!.Value,
            })
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Take(PageSize).Select(r => new JobOrderApprovalRow(
            r.Id,
            r.Title,
            r.LegalName,
            LocalizedNameExtensions.PickName(culture, r.NameUzLatn, r.NameUzCyrl, r.NameRu, r.NameEn),
            r.City,
            r.Positions,
            r.MonthlyWage,
            r.CurrencyCode,
            r.SubmittedAt)).ToList();
        var next = rows.Count > PageSize ? QueueCursor.Format(items[^1].SubmittedAt, items[^1].Id) : null;
        return new JobOrderApprovalPage(items, total, isFirstPage, next);
    }
}
