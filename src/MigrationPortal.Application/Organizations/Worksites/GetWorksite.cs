using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Organizations.Worksites;

public sealed record WorksiteView(Guid Id, uint Version, string Name, string CountryCode, string City, string Address, bool HousingProvided);

public sealed record GetWorksiteQuery(Guid Id) : IQuery<WorksiteView>;

public sealed class GetWorksiteHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetWorksiteQuery, WorksiteView>
{
    public async ValueTask<WorksiteView> Handle(GetWorksiteQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        return await db.Worksites.AsNoTracking()
            .Where(w => w.Id == query.Id)
            .Select(w => new WorksiteView(w.Id, w.Version, w.Name, w.CountryCode, w.City, w.Address, w.HousingProvided))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }
}
