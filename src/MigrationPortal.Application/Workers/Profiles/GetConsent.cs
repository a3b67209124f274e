using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Workers.Profiles;

public sealed record ConsentHistoryItem(string Version, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

/// <summary>The current consent text in the user's language, and what this citizen agreed to and when.</summary>
public sealed record ConsentView(string Version, DateOnly PublishedOn, string Text, bool Active, IReadOnlyList<ConsentHistoryItem> History);

public sealed record GetConsentQuery : IQuery<ConsentView>;

public sealed class GetConsentHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetConsentQuery, ConsentView>
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
}
