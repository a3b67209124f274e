using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Employers;

public sealed record GetEmployerQuery(Guid Id) : IQuery<EmployerDetailsView>;

public sealed record EmployerDetailsView(
    Guid Id,
    uint Version,
    string LegalName,
    string CountryCode,
    string RegistrationNumber,
    string AgreementNumber,
    DateOnly AgreementValidFrom,
    DateOnly AgreementValidTo,
    string ContactName,
    string ContactEmail,
    string? ContactPhone,
    EmployerStatus Status);

public sealed class GetEmployerHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetEmployerQuery, EmployerDetailsView>
{
    public async ValueTask<EmployerDetailsView> Handle(GetEmployerQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor);
        return await db.Employers.AsNoTracking()
            .Where(e => e.Id == query.Id)
            .Select(e => new EmployerDetailsView(
                e.Id, e.Version, e.LegalName, e.CountryCode, e.RegistrationNumber, e.AgreementNumber,
                e.AgreementValidFrom, e.AgreementValidTo, e.ContactName, e.ContactEmail, e.ContactPhone, e.Status))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }
}
