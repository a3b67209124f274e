using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.Reference;

/// <summary>Language levels grouped by their scale (CEFR, TOPIK, JLPT), lowest first.</summary>
public sealed record ListLanguageLevelsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListLanguageLevelsHandler(IPortalDbContext db) : IQueryHandler<ListLanguageLevelsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListLanguageLevelsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var scales = (await db.LanguageScales.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(s => s.Code, s => s.NameIn(culture));
        var levels = await db.LanguageLevels.AsNoTracking().OrderBy(l => l.ScaleCode).ThenBy(l => l.Rank).ToListAsync(cancellationToken);
        return [.. levels.Select(l => new Option(l.Id.ToString(CultureInfo.InvariantCulture), l.Code, scales[l.ScaleCode]))];
    }
}
