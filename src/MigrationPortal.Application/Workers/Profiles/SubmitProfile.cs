using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Sends a complete profile to the officers of the citizen's territorial branch.</summary>
public sealed record SubmitProfileCommand(uint Version) : ICommand;

public sealed class SubmitProfileHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<SubmitProfileCommand>
{
    public async ValueTask<Unit> Handle(SubmitProfileCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);

        // What the citizen looked at when they pressed "submit" is what goes: a change in between is a conflict.
        db.ExpectVersion(profile, command.Version);
        var before = profile.Status;
        var documents = await CitizenProfiles.DocumentKindsAsync(db, profile.Id, cancellationToken);
        profile.Submit(documents, currentUser.RequireUserId(), clock.GetUtcNow());
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }
}
