using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

public sealed record ScreeningRow(Guid Id, Guid JobOrderId, string OrderTitle, string CountryCode, string CitizenName, ApplicationStatus Status, DateTimeOffset SubmittedAt, uint Version);

/// <summary>A page of the screening queue: oldest first, continued after <see cref="Next"/>.</summary>
public sealed record ScreeningPage(IReadOnlyList<ScreeningRow> Rows, int Total, string? Next);

/// <summary>
/// The agency's screening queue (issue 4): filters by order, country, status, the citizen's territorial unit and a
/// language the citizen speaks, optionally at or above a level of that language's scale; keyset pages on
/// (submitted_at, id).
/// </summary>
public sealed record ScreeningQueueQuery : IQuery<ScreeningPage>
{
    public Guid? JobOrderId { get; init; }

    public string? CountryCode { get; init; }

    public ApplicationStatus? Status { get; init; }

    public Guid? UnitId { get; init; }

    public string? LanguageCode { get; init; }

    public int? MinimumLevelId { get; init; }

    public string? After { get; init; }
}

public sealed class ScreeningQueueHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit) : IQueryHandler<ScreeningQueueQuery, ScreeningPage>
{
    public const int PageSize = 20;

    public async ValueTask<ScreeningPage> Handle(ScreeningQueueQuery query, CancellationToken cancellationToken)
    {
        var status = query.Status ?? ApplicationStatus.Submitted;
        var filtered =
            from x in await ApplicationScope.InScopeAsync(db, currentUser, cancellationToken)
            where x.Application.Status == status
            select new { a = x.Application, o = x.Order, p = x.Profile };
        if (query.JobOrderId is { } orderId)
        {
            filtered = filtered.Where(x => x.a.JobOrderId == orderId);
        }

        if (!string.IsNullOrEmpty(query.CountryCode))
        {
            filtered = filtered.Where(x => x.o.CountryCode == query.CountryCode);
        }

        if (query.UnitId is { } unit)
        {
            filtered = filtered.Where(x => x.p.UnitId == unit);
        }

        if (!string.IsNullOrEmpty(query.LanguageCode))
        {
            var levels = await LevelsAtOrAboveAsync(query.MinimumLevelId, cancellationToken);
            filtered = levels is null
                ? filtered.Where(x => x.p.Languages.Any(l => l.LanguageCode == query.LanguageCode))
                : filtered.Where(x => x.p.Languages.Any(l => l.LanguageCode == query.LanguageCode && levels.Contains(l.LevelId)));
        }

        var total = await filtered.CountAsync(cancellationToken);
        if (QueueCursor.TryParse(query.After, out var afterAt, out var afterId))
        {
            filtered = filtered.Where(x => EF.Functions.GreaterThan(ValueTuple.Create(x.a.SubmittedAt, x.a.Id), ValueTuple.Create(afterAt, afterId)));
        }

        var found = await filtered
            .OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id)
            .Take(PageSize + 1)
            .Select(x => new { Row = new ScreeningRow(x.a.Id, x.o.Id, x.o.Title, x.o.CountryCode, x.p.LastName + " " + x.p.FirstName, x.a.Status, x.a.SubmittedAt, x.a.Version), x.a.CitizenId })
            .ToListAsync(cancellationToken);
        await audit.RecordViewAsync(PersonalDataAudit.ViewScreeningQueue, found.Take(PageSize).Select(x => x.CitizenId), status.ToString(), cancellationToken);
        var rows = found.ConvertAll(x => x.Row);
        return rows.Count > PageSize
            ? new ScreeningPage(rows[..PageSize], total, QueueCursor.Format(rows[PageSize - 1].SubmittedAt, rows[PageSize - 1].Id))
            : new ScreeningPage(rows, total, null);
    }

    /// <summary>The levels of the chosen level's scale ranked at or above it; null when no level is chosen.</summary>
    private async Task<List<int>?> LevelsAtOrAboveAsync(int? levelId, CancellationToken cancellationToken)
    {
        if (levelId is not { } id)
        {
            return null;
        }

        return await (
            from chosen in db.LanguageLevels
            where chosen.Id == id
            join level in db.LanguageLevels on chosen.ScaleCode equals level.ScaleCode
            where level.Rank >= chosen.Rank
            select level.Id).ToListAsync(cancellationToken);
    }
}
