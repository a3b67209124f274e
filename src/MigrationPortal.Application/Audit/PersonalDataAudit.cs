using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Audit;

/// <summary>
/// The one writer of the personal-data audit (docs/design/quality.md, Personal data: every staff view of a citizen's personal data writes an
/// audit row): who (the signed-in user), whose record, which named action, about what, when and from where. A list
/// writes one row per citizen it shows, all in one statement.
/// </summary>
public sealed class PersonalDataAudit(IPortalDbContext db, ICurrentUser currentUser, IClientAddress clientAddress, TimeProvider clock)
{
    /// <summary>The whole profile, personal numbers in clear, opened for review.</summary>
    public const string ViewProfile = "ViewProfile";

    /// <summary>A profile's document downloaded; the subject is its kind.</summary>
    public const string DownloadDocument = "DownloadDocument";

    /// <summary>Listed in the verification queue; the subject is the status shown.</summary>
    public const string ViewProfileQueue = "ViewProfileQueue";

    /// <summary>Listed in the screening queue; the subject is the status shown.</summary>
    public const string ViewScreeningQueue = "ViewScreeningQueue";

    /// <summary>Listed in a job order's pipeline; the subject is the order.</summary>
    public const string ViewOrderPipeline = "ViewOrderPipeline";

    /// <summary>Shown to an employer as a shortlisted candidate; the subject is the order.</summary>
    public const string ViewCandidates = "ViewCandidates";

    public const string VerifyProfile = "VerifyProfile";

    public const string ReturnProfile = "ReturnProfile";

    /// <summary>An application moved by the agency; the subject is the status it moved to.</summary>
    public const string MoveApplication = "MoveApplication";

    /// <summary>An employer's decision on a candidate; the subject is the status it moved to.</summary>
    public const string DecideOnCandidate = "DecideOnCandidate";

    /// <summary>A signed contract's terms recorded by the employer; the subject is the order.</summary>
    public const string RecordContract = "RecordContract";

    /// <summary>A contract worse than the order accepted by a supervisor; the subject is the order.</summary>
    public const string ApproveContractDeviation = "ApproveContractDeviation";

    /// <summary>The employer confirmed the worker arrived; the subject is the order.</summary>
    public const string ConfirmArrival = "ConfirmArrival";

    /// <summary>Another account typed this citizen's PINFL into its own profile.</summary>
    public const string DuplicatePinflAttempt = "DuplicatePinflAttempt";

    /// <summary>Another account typed this citizen's passport number into its own profile.</summary>
    public const string DuplicatePassportAttempt = "DuplicatePassportAttempt";

    /// <summary>The account was linked to the citizen's OneID; the subject says what tied them ("Pinfl", "Phone", "Settings").</summary>
    public const string OneIdLinked = "OneIdLinked";

    /// <summary>The account was opened by a first sign-in with OneID.</summary>
    public const string OneIdAccountCreated = "OneIdAccountCreated";

    /// <summary>Listed or opened among the registrations made at a branch (issue 12).</summary>
    public const string ViewAssistedRegistration = "ViewAssistedRegistration";

    /// <summary>An entry an officer made in the profile of a citizen registered at a branch; the subject is the part entered.</summary>
    public const string AssistProfile = "AssistProfile";

    /// <summary>The scan of the consent form signed at a branch was downloaded (issue 12).</summary>
    public const string DownloadAssistedConsent = "DownloadAssistedConsent";

    /// <summary>Every action, in the order the log's filter offers them.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        ViewProfile, DownloadDocument, ViewProfileQueue, ViewScreeningQueue, ViewOrderPipeline, ViewCandidates,
        VerifyProfile, ReturnProfile, MoveApplication, DecideOnCandidate, RecordContract, ApproveContractDeviation,
        ConfirmArrival, DuplicatePinflAttempt, DuplicatePassportAttempt, OneIdLinked, OneIdAccountCreated,
        ViewAssistedRegistration, AssistProfile, DownloadAssistedConsent,
    ];

    /// <summary>The actions whose subject is a job order's id.</summary>
    public static bool IsAboutOrder(string action) =>
        action is ViewOrderPipeline or ViewCandidates or RecordContract or ApproveContractDeviation or ConfirmArrival;

    /// <summary>
    /// Writes a look at these citizens' data at once, one row each, in one INSERT of its own. It does not go through
    /// the unit of work: a list shown again after a refused command must not save that command's half-made changes.
    /// </summary>
    public async Task RecordViewAsync(string action, IEnumerable<Guid> citizenIds, string? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizenIds);
        var citizens = citizenIds.Distinct().ToArray();
        if (citizens.Length == 0)
        {
            return;
        }

        var viewer = currentUser.RequireUserId();
        var at = clock.GetUtcNow();
        var address = clientAddress.Current;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO personal_data_accesses (viewer_id, citizen_id, action, subject, at, client_address)
            SELECT {viewer}, citizen, {action}::text, {subject}::text, {at}, {address}::inet FROM unnest({citizens}) AS citizen
            """,
            cancellationToken);
    }

    public Task RecordViewAsync(string action, Guid citizenId, string? subject, CancellationToken cancellationToken) =>
        RecordViewAsync(action, [citizenId], subject, cancellationToken);

    /// <summary>
    /// Adds the row for a change of these citizens' records to the unit of work: saved with the change it records,
    /// by the handler's own SaveChanges, or not at all.
    /// </summary>
    public void RecordChange(string action, IEnumerable<Guid> citizenIds, string? subject)
    {
        ArgumentNullException.ThrowIfNull(citizenIds);
        var viewer = currentUser.RequireUserId();
        var at = clock.GetUtcNow();
        var address = clientAddress.Current;
        foreach (var citizen in citizenIds.Distinct())
        {
            db.PersonalDataAccesses.Add(new PersonalDataAccess(viewer, citizen, action, subject, at, address));
        }
    }

    public void RecordChange(string action, Guid citizenId, string? subject) => RecordChange(action, [citizenId], subject);

    /// <summary>
    /// As <see cref="RecordChange(string, Guid, string?)"/>, for a sign-in with OneID, where nobody is signed in yet: the
    /// viewer is the account acting (or, when none may be made, the OneID person's stand-in id).
    /// </summary>
    public void RecordChangeBy(Guid viewerId, string action, Guid citizenId, string? subject) =>
        db.PersonalDataAccesses.Add(new PersonalDataAccess(viewerId, citizenId, action, subject, clock.GetUtcNow(), clientAddress.Current));
}
