using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

/// <summary>Every term of a job order as people read it: reference codes with their names in the user's language.</summary>
public sealed record JobOrderDetails(
    Guid Id,
    uint Version,
    JobOrderStatus Status,
    JobOrderTerms Terms,
    string CountryName,
    string OccupationName,
    string? LanguageName,
    string? LanguageLevel,
    string EmployerName,
    string? RejectionReason,
    int FilledPositions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<JobOrderStatusChange> History)
{
    public bool IsEditable => Status is JobOrderStatus.Draft or JobOrderStatus.Rejected;

    public bool CanSubmit => IsEditable;

    public bool CanPause => Status == JobOrderStatus.Published;

    public bool CanResume => Status == JobOrderStatus.Paused;

    public bool CanClose => Status is JobOrderStatus.Published or JobOrderStatus.Paused;
}

/// <summary>One recorded status change: when, from, to, why (the agency's reason for a rejection).</summary>
public sealed record JobOrderStatusChange(DateTimeOffset At, string? From, string To, string? Reason);

public static class JobOrderDetailsReader
{
    /// <summary>The order with the id, as the given query of orders lets through (tenant filter, approval scope); null when it does not.</summary>
    public static async Task<JobOrderDetails?> ReadAsync(IPortalDbContext db, IQueryable<JobOrder> orders, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = await orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var country = await db.Countries.AsNoTracking().SingleAsync(c => c.Code == order.CountryCode, cancellationToken);
        var occupation = await db.Occupations.AsNoTracking().SingleAsync(o => o.Code == order.OccupationCode, cancellationToken);
        var language = order.LanguageCode is null ? null : await db.Languages.AsNoTracking().SingleOrDefaultAsync(l => l.Code == order.LanguageCode, cancellationToken);
        var level = order.MinimumLanguageLevelId is null
            ? null
            : await db.LanguageLevels.AsNoTracking().Where(l => l.Id == order.MinimumLanguageLevelId).Select(l => l.Code).SingleOrDefaultAsync(cancellationToken);
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == order.OrganizationId).Select(e => e.LegalName).SingleAsync(cancellationToken);
        var history = await db.StatusChanges.AsNoTracking()
            .Where(s => s.EntityType == nameof(JobOrder) && s.EntityId == order.Id)
            .OrderBy(s => s.ChangedAt).ThenBy(s => s.Id)
            .Select(s => new JobOrderStatusChange(s.ChangedAt, s.FromStatus, s.ToStatus, s.Reason))
            .ToListAsync(cancellationToken);
        return new JobOrderDetails(
            order.Id,
            order.Version,
            order.Status,
            order.Terms,
            country.NameIn(culture),
            $"{occupation.Code} — {occupation.NameIn(culture)}",
            language?.NameIn(culture),
            level,
            employer,
            order.RejectionReason,
            order.FilledPositions,
            order.CreatedAt,
            order.SubmittedAt,
            history);
    }
}
