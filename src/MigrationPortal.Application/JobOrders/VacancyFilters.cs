using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Application.JobOrders;

/// <summary>The choices of the search form: countries, occupation major groups, languages.</summary>
public sealed record VacancyFiltersQuery : IQuery<VacancyFilters>;

public sealed record VacancyFilters(IReadOnlyList<Option> Countries, IReadOnlyList<Option> OccupationGroups, IReadOnlyList<Option> Languages);

/// <summary>
/// The search form's choices. They come from reference tables that only a release changes (their rows are seeded by
/// migrations), so each language's set is read once an hour rather than on every search.
/// </summary>
public sealed class VacancyFiltersHandler(IPortalDbContext db, ISender sender, IMemoryCache cache) : IQueryHandler<VacancyFiltersQuery, VacancyFilters>
{
    public async ValueTask<VacancyFilters> Handle(VacancyFiltersQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        return await cache.GetOrCreateAsync((nameof(VacancyFilters), culture.Name), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            var groups = await db.Occupations.AsNoTracking()
                .Where(o => o.MajorGroupCode == null && o.Code != "0")
                .OrderBy(o => o.Code)
                .ToListAsync(cancellationToken);
            return new VacancyFilters(
                (await sender.Send(new ListCountriesQuery(), cancellationToken)).Where(c => c.Value != "UZ").ToList(),
                [.. groups.Select(g => new Option(g.Code, g.NameIn(culture)))],
                await sender.Send(new ListLanguagesQuery(), cancellationToken));
        }) ?? throw new InvalidOperationException("The vacancy filters could not be read.");
    }
}
