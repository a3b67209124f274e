using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record DeleteProfileDocumentCommand(Guid Id) : ICommand;

public sealed class DeleteProfileDocumentHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, Notifier notifier, TimeProvider clock) : ICommandHandler<DeleteProfileDocumentCommand>
{
    public async ValueTask<Unit> Handle(DeleteProfileDocumentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var document = await db.ProfileDocuments.SingleOrDefaultAsync(d => d.Id == command.Id && d.ProfileId == profile.Id, cancellationToken)
            ?? throw new NotFoundException();
        var before = profile.Status;
        profile.NoteDocumentChanged(currentUser.RequireUserId(), clock.GetUtcNow());
        files.Remove(document.FileId);
        db.ProfileDocuments.Remove(document);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }
}
