using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.JobApplications;

public sealed record ConfirmArrivalCommand(Guid ApplicationId) : ICommand;

public sealed class ConfirmArrivalHandler(IPortalDbContext db, ICurrentUser currentUser, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<ConfirmArrivalCommand>
{
    public async ValueTask<Unit> Handle(ConfirmArrivalCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var application = await ShortlistedApplications.Of(db, organizationId).SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken) ?? throw new NotFoundException();
        application.ConfirmArrival(clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.ConfirmArrival, application.CitizenId, application.JobOrderId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
