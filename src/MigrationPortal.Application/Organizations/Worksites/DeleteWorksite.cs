using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Organizations.Worksites;

public sealed record DeleteWorksiteCommand(Guid Id) : ICommand;

public sealed class DeleteWorksiteHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<DeleteWorksiteCommand>
{
    public async ValueTask<Unit> Handle(DeleteWorksiteCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var worksite = await db.Worksites.SingleOrDefaultAsync(w => w.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.Worksites.Remove(worksite);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
