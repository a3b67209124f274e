using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Application.Organizations.Employers;

public sealed record DeleteEmployerPhotoCommand(Guid Id) : ICommand;

public sealed class DeleteEmployerPhotoHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files) : ICommandHandler<DeleteEmployerPhotoCommand>
{
    public async ValueTask<Unit> Handle(DeleteEmployerPhotoCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var photo = await db.EmployerPhotos.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        files.Remove(photo.FileId);
        db.EmployerPhotos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
