using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// The verification queue: profiles of one status, oldest submission first. Keyset pages (docs/design/quality.md, Scale: lists
/// that grow past a few thousand rows) on (submitted_at, id), which the partial queue indexes serve.
/// </summary>
public sealed record ProfileQueueQuery : IQuery<ProfileQueuePage>
{
    /// <summary>Submitted when not given; a draft is the citizen's own business, so Draft reads as Submitted too.</summary>
    public ProfileStatus? Status { get; init; }

    /// <summary>A supervisor's choice of unit; an officer always sees their own.</summary>
    public Guid? UnitId { get; init; }

    public int? DistrictId { get; init; }

    public DateOnly? SubmittedFrom { get; init; }

    /// <summary>The last day included.</summary>
    public DateOnly? SubmittedTo { get; init; }

    /// <summary>An ISCO-08 unit group code.</summary>
    public string? Profession { get; init; }

    /// <summary>The cursor of the last row of the previous page; none for the first page.</summary>
    public string? After { get; init; }
}

/// <summary>One waiting profile, as the queue lists it: never a personal number.</summary>
public sealed record ProfileQueueRow(Guid Id, string FullName, string District, DateTimeOffset SubmittedAt, int ProfessionCount);

public sealed record ProfileQueuePage(
    ProfileStatus Status,
    IReadOnlyList<ProfileQueueRow> Items,
    int Total,
    IReadOnlyDictionary<ProfileStatus, int> StatusCounts,
    bool IsFirstPage,
    string? NextCursor);

public sealed class ProfileQueueHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<ProfileQueueQuery, ProfileQueuePage>
{
    public const int PageSize = Paging.DefaultPageSize;

    public async ValueTask<ProfileQueuePage> Handle(ProfileQueueQuery query, CancellationToken cancellationToken)
    {
        var unit = currentUser.ReviewUnit() ?? query.UnitId;
        var status = query.Status is null or ProfileStatus.Draft ? ProfileStatus.Submitted : query.Status.Value;

        var counts = await db.WorkerProfiles.AsNoTracking().ReviewableIn(unit)
            .Where(p => p.Status != ProfileStatus.Draft)
            .GroupBy(p => p.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Without other filters the total is the status's own count, already known.
        var total = Narrows(query) ? await Matching(db, unit, status, query).CountAsync(cancellationToken) : counts.GetValueOrDefault(status);

        var rows = await PageRows(db, unit, status, query).ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Take(PageSize).Select(r => new ProfileQueueRow(
            r.Id,
            string.Join(' ', new[] { r.LastName, r.FirstName, r.Patronymic }.Where(n => !string.IsNullOrEmpty(n))),
            r.DistrictUzLatn is null ? "" : LocalizedNameExtensions.PickName(culture, r.DistrictUzLatn, r.DistrictUzCyrl!, r.DistrictRu!, r.DistrictEn!),
            r.SubmittedAt,
            r.ProfessionCount)).ToList();
        var nextCursor = rows.Count > PageSize ? QueueCursor.Format(items[^1].SubmittedAt, items[^1].Id) : null;

        // A profile's id is its citizen's.
        await audit.RecordViewAsync(PersonalDataAudit.ViewProfileQueue, items.Select(i => i.Id), status.ToString(), cancellationToken);
        return new ProfileQueuePage(status, items, total, counts, !QueueCursor.TryParse(query.After, out _, out _), nextCursor);
    }

    /// <summary>
    /// One page of the queue and one row more, to tell whether another page follows. The row-value comparison
    /// (submitted_at, id) &gt; (@a, @b) lets the index start where the previous page ended.
    /// </summary>
    public static IQueryable<QueueRowData> PageRows(IPortalDbContext db, Guid? unit, ProfileStatus status, ProfileQueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var page = Matching(db, unit, status, query);
        if (QueueCursor.TryParse(query.After, out var afterAt, out var afterId))
        {
            DateTimeOffset? after = afterAt;
            page = page.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.SubmittedAt, p.Id), ValueTuple.Create(after, afterId)));
        }

        var rows = from p in page
                   join d in db.Districts on p.DistrictId equals d.Id into districts
                   from d in districts.DefaultIfEmpty()
                   orderby p.SubmittedAt, p.Id
                   select new QueueRowData(
                       p.Id,
                       p.LastName,
                       p.FirstName,
                       p.Patronymic,
                       d == null ? null : d.NameUzLatn,
                       d == null ? null : d.NameUzCyrl,
                       d == null ? null : d.NameRu,
                       d == null ? null : d.NameEn,
                       p.SubmittedAt!.Value,
                       p.OccupationCodes.Count);
        return rows.Take(PageSize + 1);
    }

    /// <summary>Every profile of the status that the query's filters let through, in the reviewer's scope.</summary>
    public static IQueryable<WorkerProfile> Matching(IPortalDbContext db, Guid? unit, ProfileStatus status, ProfileQueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var profiles = db.WorkerProfiles.AsNoTracking().ReviewableIn(unit).Where(p => p.Status == status);
        if (query.DistrictId is { } district)
        {
            profiles = profiles.Where(p => p.DistrictId == district);
        }

        if (query.SubmittedFrom is { } from)
        {
            var fromAt = AgencyCalendar.StartOfDay(from);
            profiles = profiles.Where(p => p.SubmittedAt >= fromAt);
        }

        if (query.SubmittedTo is { } to)
        {
            var beforeAt = AgencyCalendar.StartOfDay(to.AddDays(1));
            profiles = profiles.Where(p => p.SubmittedAt < beforeAt);
        }

        if (!string.IsNullOrWhiteSpace(query.Profession))
        {
            // Array containment (occupation_codes @> ARRAY[...]) is what the GIN index answers.
            string[] codes = [query.Profession.Trim()];
            profiles = profiles.Where(p => codes.All(c => p.OccupationCodes.Contains(c)));
        }

        return profiles;
    }

    private static bool Narrows(ProfileQueueQuery query) =>
        query.DistrictId is not null || query.SubmittedFrom is not null || query.SubmittedTo is not null || !string.IsNullOrWhiteSpace(query.Profession);
}

public sealed record QueueRowData(
    Guid Id,
    string? LastName,
    string? FirstName,
    string? Patronymic,
    string? DistrictUzLatn,
    string? DistrictUzCyrl,
    string? DistrictRu,
    string? DistrictEn,
    DateTimeOffset SubmittedAt,
    int ProfessionCount);
