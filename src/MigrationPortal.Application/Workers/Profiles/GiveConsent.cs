using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Consent to the version of the text the citizen was shown; a newer version published meanwhile is refused.</summary>
public sealed record GiveConsentCommand : ICommand
{
    public string? Version { get; init; }
}

public sealed class GiveConsentValidator : AbstractValidator<GiveConsentCommand>
{
    public GiveConsentValidator(IPortalDbContext db)
    {
        RuleFor(x => x.Version).NotEmpty()
            .MustAsync(async (version, ct) => await ConsentTexts.CurrentVersionAsync(db, ct) == version)
            .WithErrorCode(ErrorCodes.ConsentVersion);
    }
}

public sealed class GiveConsentHandler(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<GiveConsentCommand>
{
    public async ValueTask<Unit> Handle(GiveConsentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var now = clock.GetUtcNow();

        // Agreeing twice to the same text records nothing new.
        if (!await db.ConsentRecords.AnyAsync(r => r.Version == command.Version && r.WithdrawnAt == null, cancellationToken))
        {
            db.ConsentRecords.Add(new ConsentRecord(Guid.CreateVersion7(), profile.CitizenId, command.Version!, now));
        }

        profile.GiveConsent(now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
