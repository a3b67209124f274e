using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>The administrator's list of staff and employer accounts (citizens are not listed here).</summary>
public sealed record ListStaffAccountsQuery(string? Search, int? Page) : IQuery<Paged<StaffAccountListItem>>;

/// <summary>An account with its invitation pending has never chosen a password, so its invitation can be sent again.</summary>
public sealed record StaffAccountListItem(Guid Id, string FullName, string? Email, UserKind Kind, string? Belongs, bool LockedOut, bool InvitationPending);

public sealed class ListStaffAccountsHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListStaffAccountsQuery, Paged<StaffAccountListItem>>
{
    public async ValueTask<Paged<StaffAccountListItem>> Handle(ListStaffAccountsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var users = db.Users.AsNoTracking().Where(u => u.Kind != UserKind.Citizen);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        var page = Paging.ClampPage(query.Page);
        var total = await users.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await users
            .OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Select(u => new
            {
                u.Id,
                u.FullName,
                u.Email,
                u.Kind,
                Employer = db.Employers.Where(e => e.Id == u.OrganizationId).Select(e => e.LegalName).FirstOrDefault(),
                Unit = db.AgencyUnits.FirstOrDefault(a => a.Id == u.UnitId),
                LockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
                InvitationPending = u.PasswordHash == null,
            })
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Select(r => new StaffAccountListItem(r.Id, r.FullName, r.Email, r.Kind, r.Employer ?? r.Unit?.NameIn(culture), r.LockedOut, r.InvitationPending)).ToList();
        return new Paged<StaffAccountListItem>(items, page, Paging.DefaultPageSize, total);
    }
}
