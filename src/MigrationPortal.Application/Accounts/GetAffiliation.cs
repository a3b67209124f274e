using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>The organization shown beside the signed-in user's name: their employer or their agency unit.</summary>
public sealed record GetAffiliationQuery : IQuery<string?>;

public sealed class GetAffiliationHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAffiliationQuery, string?>
{
    public async ValueTask<string?> Handle(GetAffiliationQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.OrganizationId is { } organizationId)
        {
            return await db.Employers.AsNoTracking()
                .Where(e => e.Id == organizationId)
                .Select(e => e.LegalName)
                .SingleOrDefaultAsync(cancellationToken);
        }

        if (currentUser.UnitId is { } unitId)
        {
            var unit = await db.AgencyUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
            return unit?.NameIn(CultureInfo.CurrentUICulture);
        }

        return null;
    }
}
