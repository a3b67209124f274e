using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>Step 1 of the profile, entered by the officer with the citizen present, under the citizen's own rules.</summary>
public sealed record AssistSavePersonalDetailsCommand(Guid RegistrationId, SavePersonalDetailsCommand Details) : ICommand;

public sealed class AssistSavePersonalDetailsValidator : AbstractValidator<AssistSavePersonalDetailsCommand>
{
    public AssistSavePersonalDetailsValidator(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        RuleFor(x => x).CustomAsync(async (command, context, ct) =>
        {
            var citizenId = await db.AssistedRegistrations
                .Where(r => r.Id == command.RegistrationId && r.UnitId == currentUser.UnitId)
                .Select(r => (Guid?)r.CitizenId)
                .SingleOrDefaultAsync(ct);

            // Another unit's record is answered "not found" by the handler, not described by its validation.
            if (citizenId is { } id)
            {
                await AssistedProfiles.ValidateAsAsync(new SavePersonalDetailsValidator(db, new AssistedCitizen(id), clock), command.Details, context, ct);
            }
        });
    }
}

public sealed class AssistSavePersonalDetailsHandler(IPortalDbContext db, ICurrentUser currentUser, IPersonalNumberProtector protector, Notifier notifier, PersonalDataAudit audit, TimeProvider clock)
    : ICommandHandler<AssistSavePersonalDetailsCommand>
{
    public ValueTask<Unit> Handle(AssistSavePersonalDetailsCommand command, CancellationToken cancellationToken) =>
        AssistedProfiles.ChangeAsync(db, currentUser, notifier, audit, clock, command.RegistrationId, AssistedSection.Personal, async (profile, by, at) =>
        {
            if (!string.IsNullOrWhiteSpace(command.Details.Pinfl))
            {
                // The officer sees every profile; a number another citizen holds is refused as the citizen's form refuses it.
                var hash = await protector.LookupHashAsync(PersonalNumberKind.Pinfl, command.Details.Pinfl.Trim(), cancellationToken);
                if (await db.WorkerProfiles.AnyAsync(p => p.PinflHash == hash && p.Id != profile.Id, cancellationToken))
                {
                    throw CitizenProfiles.Failure("Pinfl", ErrorCodes.PinflTaken);
                }
            }

            await SavePersonalDetailsHandler.ApplyAsync(db, protector, profile, command.Details, by, at, cancellationToken);
        }, cancellationToken);
}
