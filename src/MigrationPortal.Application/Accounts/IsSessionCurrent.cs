using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Whether a signed-in session may go on, asked on every request: the security stamp it was issued with is still the
/// account's, the account is not disabled, and its employer is not suspended (one indexed read of the users row).
/// </summary>
public sealed record IsSessionCurrentQuery(Guid UserId, string? Stamp) : IQuery<bool>;

public sealed class IsSessionCurrentHandler(IPortalDbContext db) : IQueryHandler<IsSessionCurrentQuery, bool>
{
    public async ValueTask<bool> Handle(IsSessionCurrentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Stamp is { Length: > 0 } stamp && await db.Users.AsNoTracking()
            .Where(u => u.Id == query.UserId)
            .Select(u => u.SecurityStamp == stamp
                && u.LockoutEnd != AccountAccessRules.DisabledUntil
                && !db.Employers.Any(e => e.Id == u.OrganizationId && e.Status == EmployerStatus.Suspended))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
