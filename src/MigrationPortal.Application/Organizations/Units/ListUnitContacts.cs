using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Units;

/// <summary>The agency's open units with what the public contact page shows of them; anyone may read it, signed in or not.</summary>
public sealed record ListUnitContactsQuery : IQuery<IReadOnlyList<UnitContact>>;

public sealed record UnitContact(Guid Id, AgencyUnitKind Kind, string Name, string Place, string? Address, string? Phone, string? OpeningHours);

public sealed class ListUnitContactsHandler(IPortalDbContext db) : IQueryHandler<ListUnitContactsQuery, IReadOnlyList<UnitContact>>
{
    public async ValueTask<IReadOnlyList<UnitContact>> Handle(ListUnitContactsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.AgencyUnits.AsNoTracking()
            .Where(u => u.IsActive)
            .Select(u => new
            {
                Unit = u,
                Region = db.Regions.FirstOrDefault(r => r.Id == u.RegionId),
                Country = db.Countries.FirstOrDefault(c => c.Code == u.CountryCode),
            })
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            .. rows
                .Select(r => new UnitContact(
                    r.Unit.Id,
                    r.Unit.Kind,
                    r.Unit.NameIn(culture),
                    ((ILocalizedName?)r.Region ?? r.Country)?.NameIn(culture) ?? "",
                    r.Unit.Address,
                    r.Unit.Phone,
                    r.Unit.OpeningHours))
                .OrderBy(u => u.Name, StringComparer.Create(culture, ignoreCase: true)),
        ];
    }
}
