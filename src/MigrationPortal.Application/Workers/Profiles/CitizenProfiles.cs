using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using Npgsql;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>What every citizen-side profile change shares: finding the citizen's own profile and telling them of a status change.</summary>
internal static class CitizenProfiles
{
    /// <summary>The signed-in citizen's profile, started as a draft on the first save.</summary>
    public static async Task<WorkerProfile> LoadOrStartAsync(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var citizenId = currentUser.RequireUserId();

        // The citizen filter already limits this to the citizen's own row; the id says which one.
        var profile = await db.WorkerProfiles.SingleOrDefaultAsync(p => p.Id == citizenId, cancellationToken);
        if (profile is null)
        {
            profile = new WorkerProfile(citizenId, citizenId, clock.GetUtcNow());
            db.WorkerProfiles.Add(profile);
        }

        return profile;
    }

    /// <summary>Applies one change to the signed-in citizen's profile and saves it (<see cref="SaveAsync"/>).</summary>
    public static async ValueTask<Mediator.Unit> ChangeAsync(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock, Action<WorkerProfile, Guid, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var profile = await LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var before = profile.Status;
        change(profile, currentUser.RequireUserId(), clock.GetUtcNow());
        await SaveAsync(db, notifier, profile, before, cancellationToken);
        return Mediator.Unit.Value;
    }

    /// <summary>Saves, and tells the citizen when the change moved the profile to another status.</summary>
    public static async Task SaveAsync(IPortalDbContext db, Notifier notifier, WorkerProfile profile, ProfileStatus before, CancellationToken cancellationToken)
    {
        if (profile.Status != before)
        {
            await notifier.NotifyAsync(StatusNotices.For(profile), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // Two people entering the same number at once: the unique index decides, the loser gets the field's message.
            throw unique.ConstraintName switch
            {
                "ix_worker_profiles_pinfl_hash" => Failure("Pinfl", ErrorCodes.PinflTaken),
                "ix_worker_profiles_passport_hash" => Failure("Number", ErrorCodes.PassportTaken),
                _ => ex,
            };
        }
    }

    /// <summary>How many times a day one account may be told that a number it typed is another profile's.</summary>
    public const int DuplicateChecksPerDay = 5;

    /// <summary>
    /// Before a PINFL or passport number is saved: when it is already another citizen's, the attempt is written to that
    /// citizen's personal-data audit (their branch sees who tried, and so do they) and the field says only "contact your
    /// branch". Past <see cref="DuplicateChecksPerDay"/> such attempts a day the number is not looked up at all, so the
    /// form cannot be used to find out whose numbers are registered. Runs before anything of the profile is changed.
    /// </summary>
    public static async Task ClaimNumberAsync(IPortalDbContext db, PersonalDataAudit audit, ICurrentUser currentUser, TimeProvider clock, PersonalNumberKind kind, byte[] hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(clock);
        var me = currentUser.RequireUserId();
        var (property, action) = kind == PersonalNumberKind.Pinfl ? ("Pinfl", PersonalDataAudit.DuplicatePinflAttempt) : ("Number", PersonalDataAudit.DuplicatePassportAttempt);
        var since = clock.GetUtcNow().AddDays(-1);
        var attempts = await db.PersonalDataAccesses.CountAsync(a => a.ViewerId == me && (a.Action == PersonalDataAudit.DuplicatePinflAttempt || a.Action == PersonalDataAudit.DuplicatePassportAttempt) && a.At >= since, cancellationToken);
        if (attempts >= DuplicateChecksPerDay)
        {
            throw Failure(property, ErrorCodes.NumberChecksExhausted);
        }

        // Another citizen's profile is behind the database's row-level security; this one function answers only
        // whose number it is, for the audit row (migration RowLevelSecurity).
        var owner = await db.Database
            .SqlQuery<Guid?>($"SELECT rls_profile_holding_number({kind.ToString()}, {hash}, {me}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (owner is null)
        {
            return;
        }

        await audit.RecordViewAsync(action, owner.Value, null, cancellationToken);
        throw Failure(property, kind == PersonalNumberKind.Pinfl ? ErrorCodes.PinflTaken : ErrorCodes.PassportTaken);
    }

    public static FluentValidation.ValidationException Failure(string property, string code) =>
        new([new FluentValidation.Results.ValidationFailure(property, code) { ErrorCode = code }]);

    public static async Task<List<DocumentKind>> DocumentKindsAsync(IPortalDbContext db, Guid profileId, CancellationToken cancellationToken) =>
        await db.ProfileDocuments.Where(d => d.ProfileId == profileId).Select(d => d.Kind).ToListAsync(cancellationToken);
}
