using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// An administrator sends a staff account that has never chosen a password a new invitation link. The account gets
/// a new security stamp first, so every earlier link stops working; a second invitation within a minute of the last
/// is refused. Each invitation is recorded (who, whom, when).
/// </summary>
public sealed record ResendInvitationCommand(Guid Id) : ICommand;

public sealed class ResendInvitationHandler(
    IPortalDbContext db,
    UserManager<PortalUser> userManager,
    ICurrentUser currentUser,
    IPortalEmails emails,
    TimeProvider clock) : ICommandHandler<ResendInvitationCommand>
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public const string RecordType = "AccountInvitation";

    public async ValueTask<Unit> Handle(ResendInvitationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await userManager.FindByIdAsync(command.Id.ToString()) is { Kind: not UserKind.Citizen } found ? found : throw new NotFoundException();
        if (user.PasswordHash is not null || string.IsNullOrEmpty(user.Email))
        {
            throw new DomainRuleException("Rule.Account.InvitationNotPending");
        }

        var now = clock.GetUtcNow();
        var lastSent = await db.StatusChanges.AsNoTracking()
            .Where(c => c.EntityType == RecordType && c.EntityId == user.Id)
            .MaxAsync(c => (DateTimeOffset?)c.ChangedAt, cancellationToken) ?? user.CreatedAt;
        if (now - lastSent < Interval)
        {
            throw new DomainRuleException("Rule.Account.InvitationTooSoon");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountWrites.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
        var token = await userManager.GenerateUserTokenAsync(user, AccountTokens.InvitationProvider, AccountTokens.InvitationPurpose);
        var invitation = emails.StaffInvitation(user.FullName, user.Id, token);
        db.Enqueue(clock, user.Email, invitation.Subject, invitation.Body);
        db.StatusChanges.Add(new StatusChange(RecordType, user.Id, null, "Sent", currentUser.RequireUserId(), now, null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
