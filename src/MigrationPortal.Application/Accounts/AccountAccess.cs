using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Whether an account may be used: an administrator disables a staff or employer account (Identity's lockout to the
/// end of time, and a new security stamp, so its open sessions end at their next request), enables it again, or lifts
/// a lockout. Each change is recorded like any status change: who, whom, when, from, to, why.
/// </summary>
public static class AccountAccessRules
{
    public const string RecordType = "Account";
    public const string Active = "Active";
    public const string Disabled = "Disabled";
    public const string Locked = "Locked";

    /// <summary>Identity's mark of an account that no password opens (ASP.NET Core Identity's convention).</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DisabledUntil;

    public static string StateOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? Disabled : lockoutEnd > now ? Locked : Active;

    /// <summary>
    /// The moves an administrator may make: disable an open staff or employer account other than their own (citizens
    /// are never shut out here), enable a disabled one, lift a lockout.
    /// </summary>
    public static bool Allows(AccountAccessChange change, string state, UserKind kind, bool ownAccount) => change switch
    {
        AccountAccessChange.Disable => state != Disabled && kind != UserKind.Citizen && !ownAccount,
        AccountAccessChange.Enable => state == Disabled,
        _ => state == Locked,
    };
}

public enum AccountAccessChange
{
    Disable,
    Enable,
    Unlock,
}

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

public sealed record ChangeAccountAccessCommand(Guid Id, AccountAccessChange? Change, string? Reason) : ICommand;

public sealed class ChangeAccountAccessValidator : AbstractValidator<ChangeAccountAccessCommand>
{
    public ChangeAccountAccessValidator()
    {
        RuleFor(x => x.Change).NotNull().IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Change == AccountAccessChange.Disable);
        RuleFor(x => x.Reason).MaximumLength(1000);
    }
}

public sealed class ChangeAccountAccessHandler(UserManager<PortalUser> userManager, IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ChangeAccountAccessCommand>
{
    public async ValueTask<Unit> Handle(ChangeAccountAccessCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await userManager.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException();
        var now = clock.GetUtcNow();
        var from = AccountAccessRules.StateOf(user.LockoutEnd, now);
        if (!AccountAccessRules.Allows(command.Change!.Value, from, user.Kind, user.Id == currentUser.UserId))
        {
            throw new DomainRuleException("Rule.AccountAccessNotAllowed");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (command.Change == AccountAccessChange.Disable)
        {
            SecondFactorAccounts.Succeed(await userManager.SetLockoutEnabledAsync(user, true));
            SecondFactorAccounts.Succeed(await userManager.SetLockoutEndDateAsync(user, AccountAccessRules.DisabledUntil));
            SecondFactorAccounts.Succeed(await userManager.UpdateSecurityStampAsync(user));
        }
        else
        {
            SecondFactorAccounts.Succeed(await userManager.SetLockoutEndDateAsync(user, null));
            SecondFactorAccounts.Succeed(await userManager.ResetAccessFailedCountAsync(user));
        }

        var to = command.Change == AccountAccessChange.Disable ? AccountAccessRules.Disabled : AccountAccessRules.Active;
        db.StatusChanges.Add(new StatusChange(AccountAccessRules.RecordType, user.Id, from, to, currentUser.RequireUserId(), now, command.Reason?.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

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
