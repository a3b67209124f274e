using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Sign-in with an email address or a phone number as people write it, with or without +998 (docs/decisions/ADR-008). Failed attempts lock this client
/// out of the name typed (<see cref="SignInLockouts"/>), checks of one name are rationed across all clients
/// (<see cref="AccountAttemptThrottle"/>), and a name that matches no account costs the same password check as one
/// that does, so neither the answer nor its time tells which accounts exist.
/// </summary>
public sealed record SignInCommand : ICommand<SignInOutcome>
{
    public const int LoginMaxLength = 254;
    public const int PasswordMaxLength = 128;

    public string? Login { get; init; }

    public string? Password { get; init; }
}

public enum SignInStep
{
    /// <summary>Signed in: the session cookie is written.</summary>
    SignedIn,

    /// <summary>The password is right and the account has a second factor: its code comes next.</summary>
    SecondFactorPending,

    /// <summary>This account name has had all the checks it may have for now.</summary>
    TooManyAttempts,

    /// <summary>The password is right but the account's phone number is not confirmed yet: a code was sent to it.</summary>
    PhoneToConfirm,
}

/// <summary>Where the sign-in got to, and whose home page a finished one leads to.</summary>
public sealed record SignInOutcome(SignInStep Step, UserKind Kind = default, string? Phone = null);

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    private const string Required = "Validation.Required";

    public SignInValidator()
    {
        RuleFor(x => x.Login).NotEmpty().WithErrorCode(Required);

        // Any characters may make up a password, spaces too; only an empty one is missing.
        RuleFor(x => x.Password).Must(password => !string.IsNullOrEmpty(password)).WithErrorCode(Required);
    }
}

/// <remarks>
/// The session cookie (or, for an account with a second factor, the short "code pending" cookie) is written by
/// Identity's <see cref="SignInManager{TUser}"/>, which reaches the request through <c>IHttpContextAccessor</c>: its
/// password sign-in is the one place that also refuses blocked accounts and suspended employers, so the handler uses
/// it as it is rather than repeating those checks, and the page keeps only the rate-limit policy and the redirect.
/// </remarks>
public sealed class SignInHandler(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    AccountAttemptThrottle throttle,
    SignInLockouts lockouts,
    IClientAddress clientAddress,
    IPortalDbContext db,
    PhoneCodes codes) : ICommandHandler<SignInCommand, SignInOutcome>
{
    // A stand-in with a real hash: checking a password against it takes the work a real account's check takes.
    private static readonly PortalUser UnknownAccount = new()
    {
        PasswordHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")),
    };

    public async ValueTask<SignInOutcome> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var login = command.Login!.Trim();
        var password = command.Password!;
        var client = clientAddress.Current;
        if (lockouts.IsLockedOut(login, client))
        {
            throw new DomainRuleException("Login.LockedOut");
        }

        if (!throttle.TryAcquire(login))
        {
            return new SignInOutcome(SignInStep.TooManyAttempts);
        }

        var user = await FindUserAsync(login, cancellationToken);
        if (user is null)
        {
            await userManager.CheckPasswordAsync(UnknownAccount, password);
            throw Failed(login, client);
        }

        if (user.Kind == UserKind.Citizen && user.PhoneNumber is { } phone && !user.PhoneNumberConfirmed)
        {
            // Usable only once its number is confirmed (issue 12): the right password earns a code, not a session.
            if (!await userManager.CheckPasswordAsync(user, password))
            {
                throw Failed(login, client);
            }

            lockouts.RecordSuccess(login, client);
            await codes.SendAsync(phone, PhoneCodePurpose.Registration, user.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInOutcome(SignInStep.PhoneToConfirm, user.Kind, phone);
        }

        // The lockout here is the portal's own, per client; Identity's (an administrator's block) still applies.
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Disabled by an administrator or a suspended employer; otherwise too many wrong second-factor codes.
            var disabled = result.IsNotAllowed || AccountAccessRules.IsDisabled(user.LockoutEnd);
            throw new DomainRuleException(disabled ? "Login.Disabled" : "Login.LockedOut");
        }

        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            throw Failed(login, client);
        }

        lockouts.RecordSuccess(login, client);
        if (result.RequiresTwoFactor)
        {
            return new SignInOutcome(SignInStep.SecondFactorPending, user.Kind);
        }

        await SignInCulture.RememberAsync(userManager, user);
        return new SignInOutcome(SignInStep.SignedIn, user.Kind);
    }

    private DomainRuleException Failed(string login, System.Net.IPAddress? client)
    {
        lockouts.RecordFailure(login, client);
        return new DomainRuleException(lockouts.IsLockedOut(login, client) ? "Login.LockedOut" : "Login.Failed");
    }

    private async Task<PortalUser?> FindUserAsync(string login, CancellationToken cancellationToken)
    {
        if (UzbekPhoneNumber.TryNormalizeAsWritten(login, out var phone))
        {
            return await userManager.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone, cancellationToken);
        }

        return await userManager.FindByNameAsync(login) ?? await userManager.FindByEmailAsync(login);
    }
}
