using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;
using Npgsql;

namespace MigrationPortal.Application.JobOrders;

/// <summary>One correction (old → new) or retirement (no new figure) of an entry, with who made it, when and why.</summary>
public sealed record WageReferenceEvent(decimal OldAmount, string OldCurrencyCode, decimal? NewAmount, string? NewCurrencyCode, string Reason, string? By, DateTimeOffset At)
{
    public bool Retired => NewAmount is null;
}

/// <summary>
/// The reference tables administrators keep for job orders (issue 4): destinations' minimum wages, which approval
/// checks orders against, and the dated exchange rates that put every wage in US dollars for search.
/// </summary>
public static class WageReferences
{
    /// <summary>Both tables grow by a few rows a year per country or currency; the newest rows are what is read.</summary>
    public const int ListLimit = 200;

    /// <summary>The longest reason an administrator may give for a correction or a retirement.</summary>
    public const int ReasonLength = 500;

    public static DateOnly AgencyToday(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return AgencyCalendar.Today(clock);
    }

    /// <summary>Saves; a row another administrator added a moment earlier gets the same message as the validator's.</summary>
    public static async Task SaveUniqueAsync(IPortalDbContext db, string property, string errorCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ValidationException([new ValidationFailure(property, errorCode) { ErrorCode = errorCode }]);
        }
    }

    /// <summary>
    /// Gives every job order in the currency its US-dollar wage at the currency's latest rate in force (none when no
    /// rate is left), in one UPDATE; run after a rate is added, corrected or retired.
    /// </summary>
    public static async Task RepriceAsync(IPortalDbContext db, string currencyCode, CancellationToken cancellationToken)
    {
        var orders = db.JobOrders.Where(o => o.CurrencyCode == currencyCode);
        if (await JobOrderSearchIndex.UsdPerUnitAsync(db, currencyCode, cancellationToken) is { } rate)
        {
            await orders.ExecuteUpdateAsync(s => s.SetProperty(o => o.MonthlyWageUsd, o => Math.Round(o.MonthlyWage * rate, 2)), cancellationToken);
        }
        else
        {
            await orders.ExecuteUpdateAsync(s => s.SetProperty(o => o.MonthlyWageUsd, (decimal?)null), cancellationToken);
        }
    }

    /// <summary>An entry's corrections and retirement, newest first.</summary>
    public static async Task<IReadOnlyList<WageReferenceEvent>> HistoryAsync(IPortalDbContext db, WageReferenceKind kind, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
            from c in db.WageReferenceChanges.AsNoTracking()
            where c.Kind == kind && c.ReferenceId == id
            join u in db.Users on c.ChangedBy equals u.Id into changers
            from u in changers.DefaultIfEmpty()
            orderby c.ChangedAt descending, c.Id descending
            select new WageReferenceEvent(c.OldAmount, c.OldCurrencyCode, c.NewAmount, c.NewCurrencyCode, c.Reason, u == null ? null : u.FullName, c.ChangedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Loads an entry to change, expecting the version the administrator's form was made from.</summary>
    public static async Task<T> LoadAsync<T>(IPortalDbContext db, IQueryable<T> entries, uint version, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = await entries.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(entry, version);
        return entry;
    }
}
