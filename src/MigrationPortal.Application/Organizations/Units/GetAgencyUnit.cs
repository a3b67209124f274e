using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Units;

public sealed record GetAgencyUnitQuery(Guid Id) : IQuery<AgencyUnitView>;

public sealed record AgencyUnitView(Guid Id, AgencyUnitKind Kind, string NameUzLatn, string NameUzCyrl, string NameRu, string NameEn, int? RegionId, string? CountryCode, bool IsActive, string? Address, string? Phone, string? OpeningHours);

/// <summary>
/// One unit as its form shows it. Administrators may open any unit; officers and supervisors only their own,
/// which is how the agency area greets them.
/// </summary>
public sealed class GetAgencyUnitHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAgencyUnitQuery, AgencyUnitView>
{
    public async ValueTask<AgencyUnitView> Handle(GetAgencyUnitQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor, UserKind.Officer);
        if (currentUser.Kind != UserKind.Administrator && currentUser.UnitId != query.Id)
        {
            throw new NotFoundException();
        }

        return await db.AgencyUnits.AsNoTracking()
            .Where(u => u.Id == query.Id)
            .Select(u => new AgencyUnitView(u.Id, u.Kind, u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn, u.RegionId, u.CountryCode, u.IsActive, u.Address, u.Phone, u.OpeningHours))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }
}
