using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Application.Reference;

/// <summary>One choice of a drop-down list, its text in the user's language.</summary>
public sealed record Option(string Value, string Text, string? Group = null);

public sealed record ListCountriesQuery : IQuery<IReadOnlyList<Option>>;

public sealed record ListRegionsQuery : IQuery<IReadOnlyList<Option>>;

public sealed record ListAgencyUnitsQuery(AgencyUnitKind? Kind = null) : IQuery<IReadOnlyList<Option>>;

/// <summary>Districts of residence, grouped by territorial unit (region).</summary>
public sealed record ListDistrictsQuery : IQuery<IReadOnlyList<Option>>;

/// <summary>ISCO-08 unit groups, grouped by major group.</summary>
public sealed record ListOccupationsQuery : IQuery<IReadOnlyList<Option>>;

public sealed record ListLanguagesQuery : IQuery<IReadOnlyList<Option>>;

/// <summary>Language levels grouped by their scale (CEFR, TOPIK, JLPT), lowest first.</summary>
public sealed record ListLanguageLevelsQuery : IQuery<IReadOnlyList<Option>>;

/// <summary>The currencies a wage or a rate can be given in: the code first, as employers write it, then the name.</summary>
public sealed record ListCurrenciesQuery : IQuery<IReadOnlyList<Option>>;

/// <summary>The partner employers an administrator can attach an account to (about 480).</summary>
public sealed record ListEmployerOptionsQuery : IQuery<IReadOnlyList<Option>>;

/// <summary>Reference lists for forms; small tables, read in full and sorted in the user's language.</summary>
public sealed class ListOptionsHandler(IPortalDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListCountriesQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListRegionsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListAgencyUnitsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListEmployerOptionsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListDistrictsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListOccupationsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListLanguagesQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListLanguageLevelsQuery, IReadOnlyList<Option>>,
      IQueryHandler<ListCurrenciesQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListCountriesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Countries.AsNoTracking()
            .Select(c => new NameRow(c.Code, c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn))
            .ToListAsync(cancellationToken);
        return Sorted(rows);
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListRegionsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Regions.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new NameRow(r.Id.ToString(CultureInfo.InvariantCulture), r.NameUzLatn, r.NameUzCyrl, r.NameRu, r.NameEn))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToOption(CultureInfo.CurrentUICulture))];
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListAgencyUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.AgencyUnits.AsNoTracking().Where(u => u.IsActive);
        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        var rows = await units
            .Select(u => new NameRow(u.Id.ToString(), u.NameUzLatn, u.NameUzCyrl, u.NameRu, u.NameEn))
            .ToListAsync(cancellationToken);
        return Sorted(rows);
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListEmployerOptionsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor);
        return await db.Employers.AsNoTracking()
            .OrderBy(e => e.LegalName)
            .Select(e => new Option(e.Id.ToString(), e.LegalName))
            .ToListAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListDistrictsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var regions = (await db.Regions.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.NameIn(culture));
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.RegionId).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return [.. districts
            .Select(d => new Option(d.Id.ToString(CultureInfo.InvariantCulture), d.NameIn(culture), regions[d.RegionId]))
            .OrderBy(o => o.Group, comparer).ThenBy(o => o.Text, comparer)];
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListOccupationsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var all = await db.Occupations.AsNoTracking().ToListAsync(cancellationToken);
        var majors = all.Where(o => o.MajorGroupCode is null).ToDictionary(o => o.Code, o => o.NameIn(culture));
        return [.. all.Where(o => o.MajorGroupCode is not null)
            .OrderBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => new Option(o.Code, $"{o.Code} — {o.NameIn(culture)}", majors[o.MajorGroupCode!]))];
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListLanguagesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Languages.AsNoTracking()
            .Select(l => new NameRow(l.Code, l.NameUzLatn, l.NameUzCyrl, l.NameRu, l.NameEn))
            .ToListAsync(cancellationToken);
        return Sorted(rows);
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListLanguageLevelsQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var scales = (await db.LanguageScales.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(s => s.Code, s => s.NameIn(culture));
        var levels = await db.LanguageLevels.AsNoTracking().OrderBy(l => l.ScaleCode).ThenBy(l => l.Rank).ToListAsync(cancellationToken);
        return [.. levels.Select(l => new Option(l.Id.ToString(CultureInfo.InvariantCulture), l.Code, scales[l.ScaleCode]))];
    }

    public async ValueTask<IReadOnlyList<Option>> Handle(ListCurrenciesQuery query, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var currencies = await db.Currencies.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. currencies.Select(c => new Option(c.Code, $"{c.Code} — {c.NameIn(culture)}"))];
    }

    private static List<Option> Sorted(List<NameRow> rows)
    {
        var culture = CultureInfo.CurrentUICulture;
        return [.. rows.Select(r => r.ToOption(culture)).OrderBy(o => o.Text, StringComparer.Create(culture, ignoreCase: true))];
    }

    private sealed record NameRow(string Value, string UzLatn, string UzCyrl, string Ru, string En)
    {
        public Option ToOption(CultureInfo culture) => new(Value, LocalizedNameExtensions.PickName(culture, UzLatn, UzCyrl, Ru, En));
    }
}
