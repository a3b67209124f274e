using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Audit;

/// <summary>
/// The administrators' audit log (issue 9): who viewed or changed whose record, when and from where, newest first,
/// filtered by staff member (name or e-mail), citizen (name, or the id a PINFL look-up found), action and agency
/// days; keyset pages on (at, id), which the log's indexes serve.
/// </summary>
public sealed record AuditLogQuery : IQuery<AuditLogPage>
{
    public const int DefaultPageSize = 50;

    public const int ExportPageSize = 1000;

    public string? Staff { get; init; }

    public string? CitizenName { get; init; }

    public Guid? CitizenId { get; init; }

    public string? Action { get; init; }

    public DateOnly? From { get; init; }

    /// <summary>The last day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The cursor of the last row of the previous page; none for the newest page.</summary>
    public string? After { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>One audit row as the log shows it. <see cref="ViewerBelongs"/> is the staff member's unit or employer.</summary>
public sealed record AuditLogRow(
    long Id,
    DateTimeOffset At,
    string Viewer,
    UserKind? ViewerKind,
    string? ViewerBelongs,
    Guid CitizenId,
    string Citizen,
    string Action,
    string? Subject,
    string? OrderTitle,
    string? ClientAddress);

/// <summary>A page of the log; <see cref="Citizen"/> names the citizen the log is narrowed to, when it is.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Rows, string? Next, string? Citizen);

public sealed class AuditLogValidator : AbstractValidator<AuditLogQuery>
{
    public AuditLogValidator()
    {
        RuleFor(x => x.Staff).MaximumLength(100);
        RuleFor(x => x.CitizenName).MaximumLength(100);
        RuleFor(x => x.Action)
            .Must(a => PersonalDataAudit.Actions.Contains(a))
            .When(x => !string.IsNullOrEmpty(x.Action))
            .WithErrorCode(AuditErrors.UnknownAction);
        RuleFor(x => x.To)
            .GreaterThanOrEqualTo(x => x.From)
            .When(x => x.From is not null && x.To is not null)
            .WithErrorCode(AuditErrors.DateRange);
        RuleFor(x => x.After)
            .Must(a => AuditCursor.TryParse(a, out _, out _))
            .When(x => !string.IsNullOrEmpty(x.After))
            .WithErrorCode(AuditErrors.Cursor);
        RuleFor(x => x.PageSize).InclusiveBetween(1, AuditLogQuery.ExportPageSize);
    }
}

public sealed class AuditLogHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<AuditLogQuery, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(AuditLogQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var accesses = db.PersonalDataAccesses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Staff))
        {
            var pattern = $"%{query.Staff.Trim()}%";
            var viewers = db.Users.Where(u => u.Kind != UserKind.Citizen && (EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern))).Select(u => u.Id);
            accesses = accesses.Where(a => viewers.Contains(a.ViewerId));
        }

        if (!string.IsNullOrWhiteSpace(query.CitizenName))
        {
            var pattern = $"%{query.CitizenName.Trim()}%";
            // The name on the profile, or the one the account was registered with.
            var byProfile = db.WorkerProfiles.Where(p => EF.Functions.ILike(p.LastName + " " + p.FirstName + " " + (p.Patronymic ?? ""), pattern)).Select(p => p.CitizenId);
            var byAccount = db.Users.Where(u => u.Kind == UserKind.Citizen && EF.Functions.ILike(u.FullName, pattern)).Select(u => u.Id);
            accesses = accesses.Where(a => byProfile.Contains(a.CitizenId) || byAccount.Contains(a.CitizenId));
        }

        if (query.CitizenId is { } citizenId)
        {
            accesses = accesses.Where(a => a.CitizenId == citizenId);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            accesses = accesses.Where(a => a.Action == query.Action);
        }

        if (query.From is { } from)
        {
            var fromAt = AgencyCalendar.StartOfDay(from);
            accesses = accesses.Where(a => a.At >= fromAt);
        }

        if (query.To is { } to)
        {
            var beforeAt = AgencyCalendar.StartOfDay(to.AddDays(1));
            accesses = accesses.Where(a => a.At < beforeAt);
        }

        if (AuditCursor.TryParse(query.After, out var afterAt, out var afterId))
        {
            accesses = accesses.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.At, a.Id), ValueTuple.Create(afterAt, afterId)));
        }

        var rows = await (
            from a in accesses
            join v in db.Users on a.ViewerId equals v.Id into viewers
            from v in viewers.DefaultIfEmpty()
            join c in db.Users on a.CitizenId equals c.Id into citizens
            from c in citizens.DefaultIfEmpty()
            join p in db.WorkerProfiles on a.CitizenId equals p.Id into profiles
            from p in profiles.DefaultIfEmpty()
            orderby a.At descending, a.Id descending
            select new
            {
                a.Id,
                a.At,
                a.CitizenId,
                a.Action,
                a.Subject,
                a.ClientAddress,
                Viewer = v == null ? "" : v.FullName,
                ViewerKind = v == null ? (UserKind?)null : v.Kind,
                ViewerUnit = v == null ? null : v.UnitId,
                ViewerOrganization = v == null ? null : v.OrganizationId,
                Citizen = p != null && p.LastName != null ? p.LastName + " " + p.FirstName : c == null ? "" : c.FullName,
            })
            .Take(query.PageSize + 1)
            .ToListAsync(cancellationToken);
        var next = rows.Count > query.PageSize ? AuditCursor.Format(rows[query.PageSize - 1].At, rows[query.PageSize - 1].Id) : null;
        rows = rows.Count > query.PageSize ? rows[..query.PageSize] : rows;

        // Names of the page's units, employers and orders in one query each, not one per row.
        var belongs = await AuditNames.BelongingsAsync(db, rows.Select(r => r.ViewerUnit), rows.Select(r => r.ViewerOrganization), cancellationToken);
        var orders = await AuditNames.OrderTitlesAsync(db.JobOrders, rows.Select(r => AuditNames.OrderId(r.Action, r.Subject)), cancellationToken);
        var citizen = query.CitizenId is { } chosen
            ? await (
                from u in db.Users
                where u.Id == chosen
                join p in db.WorkerProfiles on u.Id equals p.Id into profiles
                from p in profiles.DefaultIfEmpty()
                select p != null && p.LastName != null ? p.LastName + " " + p.FirstName : u.FullName)
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return new AuditLogPage(
            [.. rows.Select(r => new AuditLogRow(
                r.Id,
                r.At,
                r.Viewer,
                r.ViewerKind,
                belongs.GetValueOrDefault(r.ViewerOrganization ?? r.ViewerUnit ?? Guid.Empty),
                r.CitizenId,
                r.Citizen,
                r.Action,
                r.Subject,
                AuditNames.OrderTitle(orders, r.Action, r.Subject),
                r.ClientAddress?.ToString()))],
            next,
            citizen);
    }
}
