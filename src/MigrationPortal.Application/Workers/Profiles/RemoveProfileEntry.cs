using Mediator;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record RemoveProfileEntryCommand(Guid EntryId) : ICommand;

public sealed class RemoveProfileEntryHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock) : ICommandHandler<RemoveProfileEntryCommand>
{
    public ValueTask<Unit> Handle(RemoveProfileEntryCommand command, CancellationToken cancellationToken) =>
        CitizenProfiles.ChangeAsync(db, currentUser, notifier, clock, (profile, by, at) => profile.RemoveEntry(command.EntryId, by, at), cancellationToken);
}
