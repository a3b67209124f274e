using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>
/// The officer confirms a submitted profile against its documents. <see cref="Version"/> is the one the officer
/// saw: if another officer decided meanwhile, nothing is saved and this officer is told (docs/design/quality.md, Reliability).
/// </summary>
public sealed record VerifyProfileCommand(Guid Id, uint Version) : ICommand;

public sealed class VerifyProfileHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<VerifyProfileCommand>
{
    public async ValueTask<Unit> Handle(VerifyProfileCommand command, CancellationToken cancellationToken)
    {
        var unit = currentUser.ReviewUnit();
        var profile = await db.WorkerProfiles.ReviewableIn(unit).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(profile, command.Version);
        profile.Verify(currentUser.RequireUserId(), clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.VerifyProfile, profile.CitizenId, null);
        await notifier.NotifyAsync(StatusNotices.For(profile), cancellationToken);
        await db.SaveExpectingVersionAsync(profile, cancellationToken);
        return Unit.Value;
    }
}
