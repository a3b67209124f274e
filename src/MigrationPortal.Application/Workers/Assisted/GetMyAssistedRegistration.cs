using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>What a branch entered for the signed-in citizen, if their account was opened at one; null otherwise.</summary>
public sealed record GetMyAssistedRegistrationQuery : IQuery<MyAssistedRegistration?>;

public sealed record MyAssistedRegistration(AssistedConsentKind ConsentKind, DateTimeOffset? TakenOverAt, IReadOnlyList<AssistedMark> Marks);

public sealed class GetMyAssistedRegistrationHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyAssistedRegistrationQuery, MyAssistedRegistration?>
{
    public async ValueTask<MyAssistedRegistration?> Handle(GetMyAssistedRegistrationQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var me = currentUser.RequireUserId();

        // The citizen filter and the row policy keep this to the citizen's own record.
        var registration = await db.AssistedRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.CitizenId == me, cancellationToken);
        return registration is null
            ? null
            : new MyAssistedRegistration(registration.ConsentKind, registration.TakenOverAt, await AssistedMarks.ReadAsync(db, registration.Entries, cancellationToken));
    }
}
