using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Who OneID, the national single sign-on, says signed in: its subject (the account's key at OneID) and the details it
/// vouches for. Made by the web layer from the ID token's claims (README, OneID), never from anything a user typed.
/// </summary>
public sealed record OneIdIdentity(
    string Subject,
    string? Pinfl,
    string? LastName,
    string? FirstName,
    string? Patronymic,
    DateOnly? BirthDate,
    string? Phone,
    bool PhoneVerified)
{
    /// <summary>Identity's login provider name for OneID; the provider key is the subject.</summary>
    public const string Provider = "OneID";

    public const int SubjectMaxLength = 200;

    /// <summary>
    /// The PINFL, checked: OneID's details are trusted, but a sign-in that lacks them, or whose birth date disagrees with
    /// its PINFL, cannot make or fill a profile.
    /// </summary>
    public global::MigrationPortal.Domain.Workers.Pinfl RequirePinfl()
    {
        if (string.IsNullOrWhiteSpace(Subject) || Subject.Length > SubjectMaxLength
            || string.IsNullOrWhiteSpace(LastName) || LastName.Trim().Length > 60
            || string.IsNullOrWhiteSpace(FirstName) || FirstName.Trim().Length > 60
            || Patronymic?.Trim().Length > 60
            || global::MigrationPortal.Domain.Workers.Pinfl.TryParse(Pinfl?.Trim(), out var pinfl) != PinflProblem.None
            || (BirthDate is { } birth && birth != pinfl!.BirthDate))
        {
            throw new DomainRuleException("OneId.Incomplete");
        }

        return pinfl!;
    }

    /// <summary>The phone number, when OneID says its owner confirmed it.</summary>
    public string? VerifiedPhone => PhoneVerified && UzbekPhoneNumber.TryNormalizeAsWritten(Phone, out var phone) ? phone : null;

    /// <summary>
    /// Who the personal-data audit names when a OneID person tried a PINFL already on another profile and no account may
    /// be made for them: an id of its own for each OneID subject, never an account's.
    /// </summary>
    public Guid AttemptViewerId => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Provider}:{Subject}")).AsSpan(0, 16));

    // Never the PINFL, names or phone in a log line or an exception message (docs/design/architecture.md, House style).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Subject = ").Append(Subject);
        return true;
    }
}

/// <summary>What every OneID use case shares: filling the profile from what OneID vouches for.</summary>
internal static class OneIdProfiles
{
    /// <summary>
    /// The citizen's profile (started when there is none) takes OneID's names, PINFL (sealed; birth date and sex follow
    /// from it) and the "verified by OneID" mark; added to the unit of work, saved by the caller.
    /// </summary>
    public static async Task ConfirmAsync(IPortalDbContext db, IPersonalNumberProtector protector, Guid citizenId, OneIdIdentity identity, Pinfl pinfl, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var profile = await db.WorkerProfiles.SingleOrDefaultAsync(p => p.Id == citizenId, cancellationToken);
        if (profile is null)
        {
            profile = new WorkerProfile(citizenId, citizenId, at);
            db.WorkerProfiles.Add(profile);
        }

        var sealedPinfl = await protector.SealAsync(PersonalNumberKind.Pinfl, pinfl.Value, cancellationToken);

        // Under review nothing changes; the next sign-in after the officer's decision brings the details in.
        profile.ConfirmIdentity(OneIdIdentity.Provider, identity.LastName!, identity.FirstName!, identity.Patronymic, pinfl, sealedPinfl, citizenId, at);
    }
}
