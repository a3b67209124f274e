using Microsoft.EntityFrameworkCore;

namespace MigrationPortal.Application.Common;

/// <summary>
/// Optimistic concurrency where two people can change the same row: every such entity maps PostgreSQL's xmin as
/// <c>Version</c>. A change is saved only if the row is still at the version the user saw; otherwise
/// <see cref="DbUpdateConcurrencyException"/> reaches the page, which says someone else changed it first.
/// </summary>
public static class ExpectedVersion
{
    private const string VersionProperty = "Version";

    /// <summary>Saving <paramref name="entity"/> will expect its row still at <paramref name="version"/>.</summary>
    public static void ExpectVersion<T>(this IPortalDbContext db, T entity, uint version)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property<uint>(VersionProperty).OriginalValue = version;
    }

    /// <summary>
    /// Saves; when someone else changed <paramref name="entity"/> first, nothing of this change lingers in the unit
    /// of work, so the page can show the row again as it now is (and save an audit row through the same context).
    /// </summary>
    public static async Task SaveExpectingVersionAsync(this IPortalDbContext db, object entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(entity).Context.ChangeTracker.Clear();
            throw;
        }
    }
}
