using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.Audit;

/// <summary>What the audit's rows point at, named in the user's language: units, employers and job orders.</summary>
internal static class AuditNames
{
    /// <summary>Each unit's and employer's name by its id.</summary>
    public static async Task<Dictionary<Guid, string>> BelongingsAsync(IPortalDbContext db, IEnumerable<Guid?> unitIds, IEnumerable<Guid?> organizationIds, CancellationToken cancellationToken)
    {
        var units = unitIds.OfType<Guid>().Distinct().ToList();
        var organizations = organizationIds.OfType<Guid>().Distinct().ToList();
        var culture = CultureInfo.CurrentUICulture;
        var names = (await db.AgencyUnits.AsNoTracking().Where(u => units.Contains(u.Id)).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => u.NameIn(culture));
        foreach (var employer in await db.Employers.AsNoTracking().Where(e => organizations.Contains(e.Id)).Select(e => new { e.Id, e.LegalName }).ToListAsync(cancellationToken))
        {
            names[employer.Id] = employer.LegalName;
        }

        return names;
    }

    /// <summary>The titles of the orders the rows' subjects name, from the orders the reader may see.</summary>
    public static async Task<Dictionary<Guid, string>> OrderTitlesAsync(IQueryable<JobOrder> orders, IEnumerable<Guid?> orderIds, CancellationToken cancellationToken)
    {
        var ids = orderIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await orders.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, cancellationToken);
    }

    public static string? OrderTitle(Dictionary<Guid, string> titles, string action, string? subject) =>
        OrderId(action, subject) is { } id ? titles.GetValueOrDefault(id) : null;

    /// <summary>The order a row's subject names, for the actions about an order.</summary>
    public static Guid? OrderId(string action, string? subject) =>
        PersonalDataAudit.IsAboutOrder(action) && Guid.TryParse(subject, out var id) ? id : null;
}
