using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

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
