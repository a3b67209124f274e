using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// A sign-in with OneID (issue 12) finds the account it belongs to: the one already linked to this OneID subject;
/// otherwise the citizen account whose profile holds the same PINFL and was verified by an officer, or whose
/// confirmed phone number is the one OneID vouches for; otherwise a new citizen account without a password. A PINFL
/// already on a profile nobody verified, with nothing else tying the two, is refused: no second holder, no link, and the
/// attempt goes to that citizen's personal-data audit as a typed duplicate does. Every sign-in refreshes the profile's
/// names, PINFL, birth date and sex from OneID and marks them verified by it.
/// </summary>
/// <remarks>
/// Nobody is signed in yet, and the account and profile it looks for are behind row-level security, so the web layer
/// sends it in a scope acting as <see cref="SystemActor"/> (the way background work acts); all it reads and writes is
/// decided here, by the subject and details OneID signed, in one transaction (docs/decisions/ADR-013).
/// </remarks>
public sealed record SignInWithOneIdCommand(OneIdIdentity Identity) : ICommand<OneIdSignInOutcome>;

public enum OneIdSignInResult
{
    /// <summary>The account was already linked to this OneID subject.</summary>
    Known,

    /// <summary>An existing account was linked now (by its verified PINFL or its confirmed phone number).</summary>
    Linked,

    /// <summary>A new citizen account was made.</summary>
    Created,

    /// <summary>The PINFL is on another profile that nobody verified: nothing was made or linked.</summary>
    PinflHeldElsewhere,
}

/// <summary>Which account the sign-in is for (none when refused).</summary>
public sealed record OneIdSignInOutcome(OneIdSignInResult Result, Guid? UserId = null);

public sealed class SignInWithOneIdHandler(
    IPortalDbContext db,
    UserManager<PortalUser> userManager,
    IPersonalNumberProtector protector,
    PersonalDataAudit audit,
    TimeProvider clock) : ICommandHandler<SignInWithOneIdCommand, OneIdSignInOutcome>
{
    public async ValueTask<OneIdSignInOutcome> Handle(SignInWithOneIdCommand command, CancellationToken cancellationToken)
    {
        var identity = command.Identity;
        var pinfl = identity.RequirePinfl();
        var at = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var known = await userManager.FindByLoginAsync(OneIdIdentity.Provider, identity.Subject);
        if (known is not null)
        {
            await OneIdProfiles.ConfirmAsync(db, protector, known.Id, identity, pinfl, at, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new OneIdSignInOutcome(OneIdSignInResult.Known, known.Id);
        }

        var hash = await protector.LookupHashAsync(PersonalNumberKind.Pinfl, pinfl.Value, cancellationToken);
        var holder = await db.WorkerProfiles
            .Where(p => p.PinflHash == hash)
            .Select(p => new { p.Id, p.Status })
            .SingleOrDefaultAsync(cancellationToken);
        var phone = identity.VerifiedPhone;
        var phoneOwner = phone is null
            ? null
            : await userManager.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone && u.PhoneNumberConfirmed && u.Kind == UserKind.Citizen, cancellationToken);

        // What tied OneID to an existing account ("Pinfl", "Phone"); none for a new account.
        PortalUser account;
        string? tie;
        if (holder is not null)
        {
            if (holder.Status != ProfileStatus.Verified && phoneOwner?.Id != holder.Id)
            {
                audit.RecordChangeBy(identity.AttemptViewerId, PersonalDataAudit.DuplicatePinflAttempt, holder.Id, OneIdIdentity.Provider);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new OneIdSignInOutcome(OneIdSignInResult.PinflHeldElsewhere);
            }

            account = await userManager.Users.SingleAsync(u => u.Id == holder.Id, cancellationToken);
            tie = holder.Status == ProfileStatus.Verified ? "Pinfl" : "Phone";
        }
        else if (phoneOwner is not null)
        {
            account = phoneOwner;
            tie = "Phone";
        }
        else
        {
            // The number is the new account's when no account holds it, not even one still waiting to confirm it.
            var free = phone is not null && !await userManager.Users.AnyAsync(u => u.PhoneNumber == phone, cancellationToken);
            account = await CreateAsync(identity, free ? phone : null, at);
            tie = null;
        }

        if (tie is not null && (await userManager.GetLoginsAsync(account)).Any(l => l.LoginProvider == OneIdIdentity.Provider))
        {
            // That account is another OneID person's already.
            throw new DomainRuleException("OneId.AccountHasOther");
        }

        AccountWrites.ThrowIfFailed(await userManager.AddLoginAsync(account, new UserLoginInfo(OneIdIdentity.Provider, identity.Subject, OneIdIdentity.Provider)));
        await OneIdProfiles.ConfirmAsync(db, protector, account.Id, identity, pinfl, at, cancellationToken);
        audit.RecordChangeBy(account.Id, tie is null ? PersonalDataAudit.OneIdAccountCreated : PersonalDataAudit.OneIdLinked, account.Id, tie);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OneIdSignInOutcome(tie is null ? OneIdSignInResult.Created : OneIdSignInResult.Linked, account.Id);
    }

    // No password: the account is reached through OneID (or, with a confirmed phone number, by resetting one).
    private async Task<PortalUser> CreateAsync(OneIdIdentity identity, string? phone, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        var user = new PortalUser
        {
            Id = id,
            Kind = UserKind.Citizen,
            FullName = $"{identity.FirstName!.Trim()} {identity.LastName!.Trim()}",
            UserName = $"oneid-{id:N}",
            PhoneNumber = phone,
            PhoneNumberConfirmed = phone is not null,
            CreatedAt = at,
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.Name,
        };
        AccountWrites.ThrowIfFailed(await userManager.CreateAsync(user));
        AccountWrites.ThrowIfFailed(await userManager.AddToRoleAsync(user, user.Kind.ToString()));
        return user;
    }
}
