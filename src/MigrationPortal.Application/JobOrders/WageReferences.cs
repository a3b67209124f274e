using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using Npgsql;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// The reference tables administrators keep for job orders (issue 4): destinations' minimum wages, which approval
/// checks orders against, and the dated exchange rates that put every wage in US dollars for search.
/// </summary>
public static class WageReferences
{
    /// <summary>Both tables grow by a few rows a year per country or currency; the newest rows are what is read.</summary>
    public const int ListLimit = 200;

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
}
