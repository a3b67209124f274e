using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

public sealed record GetAccountAccessQuery(Guid Id) : IQuery<AccountAccess>;

public sealed record AccountAccess(Guid Id, string FullName, string? Email, UserKind Kind, string State, bool OwnAccount, IReadOnlyList<AccountAccessEvent> History)
{
    public bool CanDisable => AccountAccessRules.Allows(AccountAccessChange.Disable, State, Kind, OwnAccount);

    public bool CanEnable => AccountAccessRules.Allows(AccountAccessChange.Enable, State, Kind, OwnAccount);

    public bool CanUnlock => AccountAccessRules.Allows(AccountAccessChange.Unlock, State, Kind, OwnAccount);
}

public sealed record AccountAccessEvent(string? From, string To, string? By, DateTimeOffset At, string? Reason);

public sealed class GetAccountAccessHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<GetAccountAccessQuery, AccountAccess>
{
    public async ValueTask<AccountAccess> Handle(GetAccountAccessQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == query.Id)
            .Select(u => new { u.Id, u.FullName, u.Email, u.Kind, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var history = await (
            from c in db.StatusChanges.AsNoTracking()
            where c.EntityType == AccountAccessRules.RecordType && c.EntityId == query.Id
            join b in db.Users on c.ChangedBy equals (Guid?)b.Id into changers
            from b in changers.DefaultIfEmpty()
            orderby c.ChangedAt descending
            select new AccountAccessEvent(c.FromStatus, c.ToStatus, b == null ? null : b.FullName, c.ChangedAt, c.Reason))
            .Take(50)
            .ToListAsync(cancellationToken);
        return new AccountAccess(user.Id, user.FullName, user.Email, user.Kind, AccountAccessRules.StateOf(user.LockoutEnd, clock.GetUtcNow()), user.Id == currentUser.UserId, history);
    }
}
