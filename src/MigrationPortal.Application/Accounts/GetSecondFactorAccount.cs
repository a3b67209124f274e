using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>The account an administrator is about to reset the second factor of.</summary>
public sealed record GetSecondFactorAccountQuery(Guid Id) : IQuery<SecondFactorAccount>;

public sealed record SecondFactorAccount(Guid Id, string FullName, string? Email, UserKind Kind, bool Enabled);

public sealed class GetSecondFactorAccountHandler(IPortalDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetSecondFactorAccountQuery, SecondFactorAccount>
{
    public async ValueTask<SecondFactorAccount> Handle(GetSecondFactorAccountQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == query.Id)
            .Select(u => new SecondFactorAccount(u.Id, u.FullName, u.Email, u.Kind, u.TwoFactorEnabled))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }
}
