using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Audit;

/// <summary>
/// "Who looked at my data" (issue 9): the signed-in citizen's own audit rows, newest first, keyset pages on (at, id).
/// The citizen learns which agency unit or which employer looked, never the officer's name: the record is kept for
/// the citizen's protection, not to expose staff (docs/design/quality.md, Personal data).
/// </summary>
public sealed record MyDataViewsQuery(string? After) : IQuery<MyDataViewsPage>;

/// <summary>Who stands behind a row: an agency unit (or the agency itself), an employer, or another portal account.</summary>
public enum ViewerSide
{
    Agency,
    Employer,
    OtherAccount,

    /// <summary>The citizen's own account (linking OneID, say).</summary>
    Self,
}

/// <summary>One look at the citizen's data; <see cref="Who"/> is the unit's or employer's name, when it has one.</summary>
public sealed record MyDataView(long Id, DateTimeOffset At, ViewerSide Side, string? Who, string Action, string? Subject, string? OrderTitle);

public sealed record MyDataViewsPage(IReadOnlyList<MyDataView> Rows, string? Next, bool IsFirstPage);

public sealed class MyDataViewsValidator : AbstractValidator<MyDataViewsQuery>
{
    public MyDataViewsValidator() =>
        RuleFor(x => x.After)
            .Must(a => AuditCursor.TryParse(a, out _, out _))
            .When(x => !string.IsNullOrEmpty(x.After))
            .WithErrorCode(AuditErrors.Cursor);
}

public sealed class MyDataViewsHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<MyDataViewsQuery, MyDataViewsPage>
{
    public const int PageSize = Paging.DefaultPageSize;

    public async ValueTask<MyDataViewsPage> Handle(MyDataViewsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var me = currentUser.CitizenId ?? throw new AccessDeniedException();

        // The audit trail has no query filter of its own: the citizen's id here, and the database's policy, keep it theirs.
        var mine = db.PersonalDataAccesses.AsNoTracking().Where(a => a.CitizenId == me);
        var first = !AuditCursor.TryParse(query.After, out var afterAt, out var afterId);
        if (!first)
        {
            mine = mine.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.At, a.Id), ValueTuple.Create(afterAt, afterId)));
        }

        var rows = await (
            from a in mine
            join v in db.Users on a.ViewerId equals v.Id into viewers
            from v in viewers.DefaultIfEmpty()
            orderby a.At descending, a.Id descending
            select new
            {
                a.Id,
                a.At,
                a.Action,
                a.Subject,
                a.ViewerId,
                Kind = v == null ? (UserKind?)null : v.Kind,
                Unit = v == null ? null : v.UnitId,
                Organization = v == null ? null : v.OrganizationId,
            })
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? AuditCursor.Format(rows[PageSize - 1].At, rows[PageSize - 1].Id) : null;
        rows = rows.Count > PageSize ? rows[..PageSize] : rows;

        var belongs = await AuditNames.BelongingsAsync(db, rows.Select(r => r.Unit), rows.Select(r => r.Organization), cancellationToken);

        // Only the orders the citizen applied to: the rows about an order are about the citizen's application to it.
        var myOrders =
            from o in db.JobOrders.IgnoreQueryFilters([QueryFilters.Tenant])
            where db.JobApplications.Any(x => x.CitizenId == me && x.JobOrderId == o.Id)
            select o;
        var orders = await AuditNames.OrderTitlesAsync(myOrders, rows.Select(r => AuditNames.OrderId(r.Action, r.Subject)), cancellationToken);
        return new MyDataViewsPage(
            [.. rows.Select(r =>
            {
                var side = r.ViewerId == me ? ViewerSide.Self : r.Kind switch
                {
                    { } kind when kind.IsAgency() => ViewerSide.Agency,
                    { } kind when kind.IsEmployer() => ViewerSide.Employer,
                    _ => ViewerSide.OtherAccount,
                };
                var who = side is ViewerSide.OtherAccount or ViewerSide.Self ? null : belongs.GetValueOrDefault(r.Organization ?? r.Unit ?? Guid.Empty);
                return new MyDataView(r.Id, r.At, side, who, r.Action, r.Subject, AuditNames.OrderTitle(orders, r.Action, r.Subject));
            })],
            next,
            first);
    }
}
