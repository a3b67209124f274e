using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// A signed-in citizen links their account to their OneID (the way out of <see cref="OneIdSignInResult.PinflHeldElsewhere"/>
/// when the PINFL OneID vouches for is on this very account's profile): from then on OneID signs them in, and the
/// profile's names, PINFL, birth date and sex come from it. A PINFL on another citizen's profile is refused as a typed
/// duplicate is, audit row included.
/// </summary>
public sealed record LinkOneIdCommand(OneIdIdentity Identity) : ICommand;

public sealed class LinkOneIdHandler(
    IPortalDbContext db,
    ICurrentUser currentUser,
    UserManager<PortalUser> userManager,
    IPersonalNumberProtector protector,
    PersonalDataAudit audit,
    TimeProvider clock) : ICommandHandler<LinkOneIdCommand>
{
    public async ValueTask<Unit> Handle(LinkOneIdCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var me = currentUser.RequireUserId();
        var identity = command.Identity;
        var pinfl = identity.RequirePinfl();
        var account = await userManager.Users.SingleAsync(u => u.Id == me, cancellationToken);
        var owner = await userManager.FindByLoginAsync(OneIdIdentity.Provider, identity.Subject);
        if (owner is not null && owner.Id != me)
        {
            throw new DomainRuleException("OneId.LinkedToOther");
        }

        var logins = await userManager.GetLoginsAsync(account);
        if (owner is null && logins.Any(l => l.LoginProvider == OneIdIdentity.Provider))
        {
            throw new DomainRuleException("OneId.AccountHasOther");
        }

        var hash = await protector.LookupHashAsync(PersonalNumberKind.Pinfl, pinfl.Value, cancellationToken);
        await CitizenProfiles.ClaimNumberAsync(db, audit, currentUser, clock, PersonalNumberKind.Pinfl, hash, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (owner is null)
        {
            AccountWrites.ThrowIfFailed(await userManager.AddLoginAsync(account, new UserLoginInfo(OneIdIdentity.Provider, identity.Subject, OneIdIdentity.Provider)));
            audit.RecordChange(PersonalDataAudit.OneIdLinked, me, "Settings");
        }

        await OneIdProfiles.ConfirmAsync(db, protector, me, identity, pinfl, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
