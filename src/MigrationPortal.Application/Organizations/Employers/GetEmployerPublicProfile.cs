using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The signed-in employer's own public profile, as citizens will read it on its vacancies.</summary>
public sealed record GetEmployerPublicProfileQuery : IQuery<EmployerPublicProfile>;

public sealed record EmployerPublicProfile(uint Version, string LegalName, string? Description, string? City, string? Sector, string? Website);

public sealed class GetEmployerPublicProfileHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetEmployerPublicProfileQuery, EmployerPublicProfile>
{
    public async ValueTask<EmployerPublicProfile> Handle(GetEmployerPublicProfileQuery query, CancellationToken cancellationToken)
    {
        // The organization comes from the signed-in user's claims only.
        var organizationId = currentUser.RequireOrganizationId();
        return await db.Employers.AsNoTracking()
            .Where(e => e.Id == organizationId)
            .Select(e => new EmployerPublicProfile(e.Version, e.LegalName, e.Description, e.City, e.Sector, e.Website))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }
}
