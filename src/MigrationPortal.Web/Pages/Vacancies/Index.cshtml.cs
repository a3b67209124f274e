using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Localization;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>
/// The public vacancy search: a GET form, so it works without JavaScript and a search is a link one can share. On a
/// phone the results come first: the filters stay folded behind their count, and each active one is a chip whose link
/// is the same search without it.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal? MinUsd { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Housing { get; set; }

    [BindProperty(SupportsGet = true)]
    public RecruitmentProgram? Program { get; set; }

    [BindProperty(SupportsGet = true)]
    public VacancySort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public VacancySearchPage Result { get; private set; } = null!;

    public VacancyFilters Filters { get; private set; } = null!;

    /// <summary>The filters of the panel that are set, in the panel's order (the text and the order are not chips).</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Country is not null || Group is not null || MinUsd is not null
        || Language is not null || Housing || Program is not null || Sort != VacancySort.Newest;

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;

        // A value the binder could not read (a hand-edited link) is left out rather than failing the page.
        Result = await sender.Send(
            new SearchVacanciesQuery
            {
                Text = Q,
                CountryCode = Country,
                OccupationGroup = Group,
                MinimumWageUsd = MinUsd,
                Language = Language,
                HousingOnly = Housing,
                Program = Program,
                Sort = Sort,
                After = After,
            },
            cancellationToken);
        Filters = await sender.Send(new VacancyFiltersQuery(), cancellationToken);
        ActiveFilters = Active().ToList();
    }

    /// <summary>The search with the current filters, from its first page or after a cursor; <paramref name="without"/> leaves one filter out.</summary>
    public string Link(string? after = null, string? without = null)
    {
        var query = new QueryBuilder();
        void Add(string name, string? value) => query.AddIfSet(name, name == without ? null : value);
        Add("q", Q);
        Add("country", Country);
        Add("group", Group);
        Add("minUsd", MinUsd?.ToString(CultureInfo.InvariantCulture));
        Add("language", Language);
        Add("housing", Housing ? "true" : null);
        Add("program", Program?.ToString());
        Add("sort", Sort == VacancySort.Newest ? null : Sort.ToString());
        Add("after", after);
        return Url.PageWith("/Vacancies/Index", query);
    }

    private IEnumerable<ActiveFilter> Active()
    {
        static string NameOf(IReadOnlyList<Option> options, string value) => options.FirstOrDefault(o => o.Value == value)?.Text ?? value;

        if (Country is not null)
        {
            yield return new ActiveFilter("country", NameOf(Filters.Countries, Country));
        }

        if (Group is not null)
        {
            yield return new ActiveFilter("group", NameOf(Filters.OccupationGroups, Group));
        }

        if (MinUsd is { } usd)
        {
            yield return new ActiveFilter("minUsd", text["Vacancies.Chip.MinUsd", MoneyText.Of(usd, "USD")]);
        }

        if (Language is not null)
        {
            yield return new ActiveFilter("language", Language == SearchVacanciesHandler.NoLanguage ? text["Vacancies.Language.None"] : NameOf(Filters.Languages, Language));
        }

        if (Housing)
        {
            yield return new ActiveFilter("housing", text["Vacancies.Housing"]);
        }

        if (Program is { } program)
        {
            yield return new ActiveFilter("program", text[$"Vacancy.Program.{program}"]);
        }
    }
}

/// <summary>A filter the search is narrowed by: its query name, and how it reads on its chip.</summary>
public sealed record ActiveFilter(string Name, string Label);
