using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobOrders;

public enum VacancySort
{
    Newest,
    Wage,
}

/// <summary>
/// The public vacancy search (issue 4), open without signing in: published orders only, free text in any of the
/// portal's languages and scripts, filters, newest or best paid first, keyset pages of 20.
/// </summary>
public sealed record SearchVacanciesQuery : IQuery<VacancySearchPage>
{
    public string? Text { get; init; }

    public string? CountryCode { get; init; }

    /// <summary>An ISCO-08 major group: the first digit of the occupation code.</summary>
    public string? OccupationGroup { get; init; }

    /// <summary>The lowest monthly wage in US dollars.</summary>
    public decimal? MinimumWageUsd { get; init; }

    /// <summary>A language code, or <see cref="SearchVacanciesHandler.NoLanguage"/> for orders that ask for none.</summary>
    public string? Language { get; init; }

    /// <summary>True: only orders with housing; otherwise housing does not matter.</summary>
    public bool HousingOnly { get; init; }

    public RecruitmentProgram? Program { get; init; }

    public VacancySort Sort { get; init; }

    /// <summary>The cursor of the last row of the previous page; none for the first page.</summary>
    public string? After { get; init; }
}

public sealed record VacancyCard(
    Guid Id,
    string Title,
    string Employer,
    string Country,
    string City,
    string Occupation,
    decimal WageAmount,
    string CurrencyCode,
    WagePeriod WagePeriod,
    decimal? MonthlyWageUsd,
    bool HousingProvided,
    DateOnly ApplicationDeadline,
    int OpenPositions);

/// <param name="Total">Matches counted up to <see cref="SearchVacanciesHandler.CountLimit"/>; more reads as "over".</param>
public sealed record VacancySearchPage(IReadOnlyList<VacancyCard> Items, int Total, bool TotalIsCapped, bool IsFirstPage, string? NextCursor);

/// <summary>
/// Where a page ends, in the order of the chosen sort: "t{ticks}_{id}" by date; by wage "w{usd}_{id}", or
/// "n{ticks}_{id}" among the orders without a dollar figure, which follow newest first.
/// </summary>
public sealed record VacancyCursor(DateTimeOffset? PublishedAt, decimal? WageUsd, bool WageUnknown, Guid Id)
{
    public string Format() => PublishedAt is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"{(WageUnknown ? 'n' : 't')}{at.UtcTicks}_{Id:N}")
        : string.Create(CultureInfo.InvariantCulture, $"w{WageUsd}_{Id:N}");

    public static VacancyCursor? Parse(string? value, VacancySort sort)
    {
        var parts = (value ?? "").Split('_');
        if (parts.Length != 2 || parts[0].Length == 0 || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return null;
        }

        var head = parts[0][1..];
        return (sort, parts[0][0]) switch
        {
            (VacancySort.Newest, 't') when Ticks(head) is { } at => new VacancyCursor(at, null, false, id),
            (VacancySort.Wage, 'n') when Ticks(head) is { } at => new VacancyCursor(at, null, true, id),
            (VacancySort.Wage, 'w') when decimal.TryParse(head, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd)
                => new VacancyCursor(null, usd, false, id),
            _ => null,
        };
    }

    private static DateTimeOffset? Ticks(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
}

public sealed class SearchVacanciesHandler(IPortalDbContext db) : IQueryHandler<SearchVacanciesQuery, VacancySearchPage>
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>
    /// Counting stops here: an exact count of a broad search would read most published orders on every request
    /// (docs/design/quality.md, Performance: no sequential scan, p95 ≤ 30 ms); past it the page says "more than 1,000".
    /// </summary>
    public const int CountLimit = 1000;

    public const string NoLanguage = "none";

    public async ValueTask<VacancySearchPage> Handle(SearchVacanciesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = Matching(db, query);
        var counted = await matching
            .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
            .Take(CountLimit + 1)
            .CountAsync(cancellationToken);

        var cursor = VacancyCursor.Parse(query.After, query.Sort);
        var rows = query.Sort == VacancySort.Wage
            ? await WagePageAsync(matching, cursor, cancellationToken)
            : await Cards(matching.Where(After(cursor))
                .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
                .Take(PageSize + 1)).ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Take(PageSize).Select(r => r.ToCard(culture)).ToList();
        string? next = null;
        if (rows.Count > PageSize)
        {
            var last = rows[PageSize - 1];
            next = (query.Sort == VacancySort.Wage && last.MonthlyWageUsd is { } usd
                ? new VacancyCursor(null, usd, false, last.Id)
                : new VacancyCursor(last.PublishedAt, null, query.Sort == VacancySort.Wage, last.Id)).Format();
        }

        return new VacancySearchPage(items, Math.Min(counted, CountLimit), counted > CountLimit, cursor is null, next);
    }

    /// <summary>Public orders (<see cref="PublicJobOrders"/>) that pass the query's text and filters.</summary>
    public static IQueryable<JobOrder> Matching(IPortalDbContext db, SearchVacanciesQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var orders = PublicJobOrders.Of(db).AsNoTracking();
        foreach (var word in Words(query.Text))
        {
            // Each word anywhere in the indexed text: LIKE '%word%' is what the trigram GIN index answers. Both sides
            // are already lower case (JobOrderSearchIndex.Normalize), so LIKE does what ILIKE would without folding
            // the case of every row it checks, several times faster on Cyrillic text.
            var pattern = "%" + EscapeLike(word) + "%";
            orders = orders.Where(o => EF.Functions.Like(o.SearchText, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.CountryCode))
        {
            var country = query.CountryCode.Trim().ToUpperInvariant();
            orders = orders.Where(o => o.CountryCode == country);
        }

        if (query.OccupationGroup is { Length: 1 } group)
        {
            orders = orders.Where(o => db.Occupations.Where(x => x.MajorGroupCode == group).Select(x => x.Code).Contains(o.OccupationCode));
        }

        if (query.MinimumWageUsd is { } minimum)
        {
            orders = orders.Where(o => o.MonthlyWageUsd >= minimum);
        }

        if (query.Language == NoLanguage)
        {
            orders = orders.Where(o => o.LanguageCode == null);
        }
        else if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim();
            orders = orders.Where(o => o.LanguageCode == language);
        }

        if (query.HousingOnly)
        {
            orders = orders.Where(o => o.HousingProvided);
        }

        if (query.Program is { } program)
        {
            orders = orders.Where(o => o.Program == program);
        }

        return orders;
    }

    /// <summary>The words of a search, as the indexed text is written: lower case, one apostrophe; one letter says nothing.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        [.. JobOrderSearchIndex.Normalize(text?.Trim() ?? "")
            .Split([' ', '\t', ',', ';', '.', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2)
            .Distinct()
            .Take(8)];

    private static string EscapeLike(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static System.Linq.Expressions.Expression<Func<JobOrder, bool>> After(VacancyCursor? cursor)
    {
        if (cursor?.PublishedAt is not { } at)
        {
            return o => true;
        }

        DateTimeOffset? after = at;
        var id = cursor.Id;
        return o => EF.Functions.LessThan(ValueTuple.Create(o.PublishedAt, o.Id), ValueTuple.Create(after, id));
    }

    /// <summary>
    /// Best paid first, orders without a dollar figure (no rate recorded for their currency) last. The wage index is
    /// read backwards over known wages; the unknown ones follow newest first in a second, rarely needed query.
    /// </summary>
    private async Task<List<CardRow>> WagePageAsync(IQueryable<JobOrder> matching, VacancyCursor? cursor, CancellationToken cancellationToken)
    {
        var rows = new List<CardRow>();
        if (cursor is not { WageUnknown: true })
        {
            var known = matching.Where(o => o.MonthlyWageUsd != null);
            if (cursor?.WageUsd is { } usd)
            {
                decimal? afterUsd = usd;
                var afterId = cursor.Id;
                known = known.Where(o => EF.Functions.LessThan(ValueTuple.Create(o.MonthlyWageUsd, o.Id), ValueTuple.Create(afterUsd, afterId)));
            }

            rows.AddRange(await Cards(known.OrderByDescending(o => o.MonthlyWageUsd).ThenByDescending(o => o.Id).Take(PageSize + 1)).ToListAsync(cancellationToken));
        }

        if (rows.Count <= PageSize)
        {
            var unknown = matching.Where(o => o.MonthlyWageUsd == null).Where(After(cursor));
            rows.AddRange(await Cards(unknown.OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Take(PageSize + 1 - rows.Count)).ToListAsync(cancellationToken));
        }

        return rows;
    }

    private IQueryable<CardRow> Cards(IQueryable<JobOrder> page) =>
        from o in page
        join e in db.Employers on o.OrganizationId equals e.Id
        join c in db.Countries on o.CountryCode equals c.Code
        join x in db.Occupations on o.OccupationCode equals x.Code
        select new CardRow(
            o.Id, o.Title, e.LegalName, o.City,
            c.NameUzLatn, c.NameUzCyrl, c.NameRu, c.NameEn,
            x.NameUzLatn, x.NameUzCyrl, x.NameRu, x.NameEn,
            o.WageAmount, o.CurrencyCode, o.WagePeriod, o.MonthlyWageUsd, o.HousingProvided, o.ApplicationDeadline,
            o.Positions - o.FilledPositions, o.PublishedAt);

    private sealed record CardRow(
        Guid Id,
        string Title,
        string Employer,
        string City,
        string CountryUzLatn,
        string CountryUzCyrl,
        string CountryRu,
        string CountryEn,
        string OccupationUzLatn,
        string OccupationUzCyrl,
        string OccupationRu,
        string OccupationEn,
        decimal WageAmount,
        string CurrencyCode,
        WagePeriod WagePeriod,
        decimal? MonthlyWageUsd,
        bool HousingProvided,
        DateOnly ApplicationDeadline,
        int OpenPositions,
        DateTimeOffset? PublishedAt)
    {
        public VacancyCard ToCard(CultureInfo culture) => new(
            Id,
            Title,
            Employer,
            LocalizedNameExtensions.PickName(culture, CountryUzLatn, CountryUzCyrl, CountryRu, CountryEn),
            City,
            LocalizedNameExtensions.PickName(culture, OccupationUzLatn, OccupationUzCyrl, OccupationRu, OccupationEn),
            WageAmount,
            CurrencyCode,
            WagePeriod,
            MonthlyWageUsd,
            HousingProvided,
            ApplicationDeadline,
            OpenPositions);
    }
}
