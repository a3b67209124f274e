using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Organizations.Employers;

public sealed record ListEmployersQuery(string? Search, int? Page) : IQuery<Paged<EmployerListItem>>;

public sealed record EmployerListItem(Guid Id, string LegalName, string CountryName, string AgreementNumber, DateOnly AgreementValidTo, EmployerStatus Status, int UserCount);

/// <summary>The administrator's list of partner employers, by name (about 480 rows: offset pages suffice).</summary>
public sealed class ListEmployersHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListEmployersQuery, Paged<EmployerListItem>>
{
    public async ValueTask<Paged<EmployerListItem>> Handle(ListEmployersQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor);
        var employers = db.Employers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            employers = employers.Where(e => EF.Functions.ILike(e.LegalName, pattern) || EF.Functions.ILike(e.RegistrationNumber, pattern));
        }

        var page = Paging.ClampPage(query.Page);
        var total = await employers.CountAsync(cancellationToken);
        var rows = await employers
            .OrderBy(e => e.LegalName).ThenBy(e => e.Id)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Join(db.Countries, e => e.CountryCode, c => c.Code, (e, c) => new
            {
                e.Id,
                e.LegalName,
                c.NameUzLatn,
                c.NameUzCyrl,
                c.NameRu,
                c.NameEn,
                e.AgreementNumber,
                e.AgreementValidTo,
                e.Status,
                UserCount = db.Users.Count(u => u.OrganizationId == e.Id),
            })
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Select(r => new EmployerListItem(
            r.Id,
            r.LegalName,
            LocalizedNameExtensions.PickName(culture, r.NameUzLatn, r.NameUzCyrl, r.NameRu, r.NameEn),
            r.AgreementNumber,
            r.AgreementValidTo,
            r.Status,
            r.UserCount)).ToList();
        return new Paged<EmployerListItem>(items, page, Paging.DefaultPageSize, total);
    }
}
