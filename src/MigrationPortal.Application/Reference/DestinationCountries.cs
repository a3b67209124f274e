using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Application.Reference;

/// <summary>
/// The countries citizens go to work in: every country of the reference table but Uzbekistan, the agency's own.
/// Job orders, minimum wages, preferred countries and the search's country filter all take their choices from here.
/// </summary>
public static class DestinationCountries
{
    /// <summary>Uzbekistan's code: the country workers leave from, never a destination.</summary>
    public const string Home = "UZ";

    public static IQueryable<Country> In(IPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Countries.Where(c => c.Code != Home);
    }
}
