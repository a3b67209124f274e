using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record ConsentHistoryItem(string Version, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

/// <summary>The current consent text in the user's language, and what this citizen agreed to and when.</summary>
public sealed record ConsentView(string Version, DateOnly PublishedOn, string Text, bool Active, IReadOnlyList<ConsentHistoryItem> History);

public sealed record GetConsentQuery : IQuery<ConsentView>;

/// <summary>Consent to the version of the text the citizen was shown; a newer version published meanwhile is refused.</summary>
public sealed record GiveConsentCommand : ICommand
{
    public string? Version { get; init; }
}

public sealed record WithdrawConsentCommand : ICommand;

public sealed class GiveConsentValidator : AbstractValidator<GiveConsentCommand>
{
    public GiveConsentValidator(IPortalDbContext db)
    {
        RuleFor(x => x.Version).NotEmpty()
            .MustAsync(async (version, ct) => await ConsentTexts.CurrentVersionAsync(db, ct) == version)
            .WithErrorCode(ErrorCodes.ConsentVersion);
    }
}

internal static class ConsentTexts
{
    public static Task<string> CurrentVersionAsync(IPortalDbContext db, CancellationToken cancellationToken) =>
        db.ConsentTexts.OrderByDescending(t => t.PublishedOn).Select(t => t.Version).FirstAsync(cancellationToken);
}

public sealed class ConsentHandlers(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock)
    : IQueryHandler<GetConsentQuery, ConsentView>,
      ICommandHandler<GiveConsentCommand>,
      ICommandHandler<WithdrawConsentCommand>
{
    public async ValueTask<ConsentView> Handle(GetConsentQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var text = await db.ConsentTexts.AsNoTracking().OrderByDescending(t => t.PublishedOn).FirstAsync(cancellationToken);
        var history = await db.ConsentRecords.AsNoTracking()
            .OrderByDescending(r => r.GivenAt)
            .Select(r => new ConsentHistoryItem(r.Version, r.GivenAt, r.WithdrawnAt))
            .ToListAsync(cancellationToken);
        var localized = CultureInfo.CurrentUICulture.Name switch
        {
            "uz-Cyrl" => text.TextUzCyrl,
            "ru" => text.TextRu,
            "en" => text.TextEn,
            _ => text.TextUzLatn,
        };
        return new ConsentView(text.Version, text.PublishedOn, localized, history.Any(h => h.WithdrawnAt is null && h.Version == text.Version), history);
    }

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

    public async ValueTask<Unit> Handle(WithdrawConsentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var active = await db.ConsentRecords.Where(r => r.WithdrawnAt == null).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            throw new DomainRuleException("Rule.Consent.AlreadyWithdrawn");
        }

        var now = clock.GetUtcNow();
        active.ForEach(r => r.Withdraw(now));
        var before = profile.Status;
        profile.WithdrawConsent(currentUser.RequireUserId(), now);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }
}
