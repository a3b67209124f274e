using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using Npgsql;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>What every citizen-side profile change shares: finding the citizen's own profile and telling them of a status change.</summary>
internal static class CitizenProfiles
{
    public const string ProfilePath = "/Citizen/Profile";

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

    /// <summary>Saves, and tells the citizen when the change moved the profile to another status.</summary>
    public static async Task SaveAsync(IPortalDbContext db, Notifier notifier, WorkerProfile profile, ProfileStatus before, CancellationToken cancellationToken)
    {
        if (profile.Status != before)
        {
            await notifier.NotifyAsync(profile.CitizenId, NoticeFor(profile.Status), [], ProfilePath, cancellationToken);
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

    public static string NoticeFor(ProfileStatus status) => status switch
    {
        ProfileStatus.Submitted => "Notice.ProfileSubmitted",
        ProfileStatus.Returned => "Notice.ProfileReturned",
        ProfileStatus.Verified => "Notice.ProfileVerified",
        _ => "Notice.ProfileBackToDraft",
    };

    public static FluentValidation.ValidationException Failure(string property, string code) =>
        new([new FluentValidation.Results.ValidationFailure(property, code) { ErrorCode = code }]);

    public static async Task<List<DocumentKind>> DocumentKindsAsync(IPortalDbContext db, Guid profileId, CancellationToken cancellationToken) =>
        await db.ProfileDocuments.Where(d => d.ProfileId == profileId).Select(d => d.Kind).ToListAsync(cancellationToken);
}
