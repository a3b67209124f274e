using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>One "assisted by" mark as people read it: what was entered, by which officer, for which branch, when.</summary>
public sealed record AssistedMark(AssistedSection Section, string Officer, string Unit, DateTimeOffset At);

internal static class AssistedMarks
{
    /// <summary>The stored entries with the officers' and units' names, oldest first.</summary>
    public static async Task<IReadOnlyList<AssistedMark>> ReadAsync(IPortalDbContext db, IReadOnlyCollection<AssistedEntry> entries, CancellationToken cancellationToken)
    {
        var officerIds = entries.Select(e => e.OfficerId).Distinct().ToList();
        var unitIds = entries.Select(e => e.UnitId).Distinct().ToList();
        var officers = await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var units = await db.AgencyUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return [.. entries.OrderBy(e => e.At).Select(e => new AssistedMark(
            e.Section,
            officers.GetValueOrDefault(e.OfficerId, ""),
            units.SingleOrDefault(u => u.Id == e.UnitId)?.NameIn(culture) ?? "",
            e.At))];
    }
}
