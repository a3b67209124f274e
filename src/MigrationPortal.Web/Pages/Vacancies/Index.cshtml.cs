using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>The public vacancy search: a GET form, so it works without JavaScript and a search is a link one can share.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(ISender sender) : PageModel
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
    }

    /// <summary>The search with the current filters, from its first page or after a cursor.</summary>
    public string Link(string? after = null)
    {
        var query = new QueryBuilder();
        query.AddIfSet("q", Q);
        query.AddIfSet("country", Country);
        query.AddIfSet("group", Group);
        query.AddIfSet("minUsd", MinUsd?.ToString(CultureInfo.InvariantCulture));
        query.AddIfSet("language", Language);
        query.AddIfSet("housing", Housing ? "true" : null);
        query.AddIfSet("program", Program?.ToString());
        query.AddIfSet("sort", Sort == VacancySort.Newest ? null : Sort.ToString());
        query.AddIfSet("after", after);
        return Url.PageWith("/Vacancies/Index", query);
    }
}
