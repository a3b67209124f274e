using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The employer area's landing page: the signed-in user's own organization and its people.</summary>
public sealed record GetMyOrganizationQuery : IQuery<MyOrganization>;

public sealed record MyOrganization(
    string LegalName,
    string CountryName,
    string AgreementNumber,
    DateOnly AgreementValidFrom,
    DateOnly AgreementValidTo,
    EmployerStatus Status,
    int WorksiteCount,
    IReadOnlyList<OrganizationMember> Members);

public sealed record OrganizationMember(string FullName, string? Email, UserKind Kind);

public sealed class GetMyOrganizationHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyOrganizationQuery, MyOrganization>
{
    public async ValueTask<MyOrganization> Handle(GetMyOrganizationQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var employer = await db.Employers.AsNoTracking()
            .Where(e => e.Id == organizationId)
            .Join(db.Countries, e => e.CountryCode, c => c.Code, (e, c) => new { e, c })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var members = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId)
            .OrderBy(u => u.FullName)
            .Take(200)
            .Select(u => new OrganizationMember(u.FullName, u.Email, u.Kind))
            .ToListAsync(cancellationToken);
        var worksites = await db.Worksites.CountAsync(cancellationToken);
        return new MyOrganization(
            employer.e.LegalName,
            employer.c.NameIn(CultureInfo.CurrentUICulture),
            employer.e.AgreementNumber,
            employer.e.AgreementValidFrom,
            employer.e.AgreementValidTo,
            employer.e.Status,
            worksites,
            members);
    }
}
