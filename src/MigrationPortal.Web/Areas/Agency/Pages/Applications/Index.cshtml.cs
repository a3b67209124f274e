using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.Applications;

/// <summary>
/// The screening queue: a GET form of filters (a filtered queue is a link one can keep), then tick applications and
/// move them together (bulk shortlist with a note).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [FromQuery]
    public ApplicationStatus? Status { get; set; }

    [FromQuery]
    public Guid? Order { get; set; }

    [FromQuery]
    public string? Country { get; set; }

    [FromQuery]
    public Guid? Unit { get; set; }

    [FromQuery]
    public string? Language { get; set; }

    [FromQuery]
    public int? Level { get; set; }

    /// <summary>Only candidates who meet every requirement of their order (issue 11).</summary>
    [FromQuery]
    public bool Meets { get; set; }

    /// <summary>Only shortlists made by override, for the supervisor to review (issue 11).</summary>
    [FromQuery]
    public bool Overridden { get; set; }

    [FromQuery]
    public string? After { get; set; }

    public ScreeningPage Queue { get; private set; } = new([], 0, null);

    public ScreeningFilters Filters { get; private set; } = new(false, [], null);

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public IReadOnlyList<Option> Languages { get; private set; } = [];

    public IReadOnlyList<Option> Levels { get; private set; } = [];

    public ApplicationStatus Shown => Status ?? ApplicationStatus.Submitted;

    public bool Filtered => Order is not null || !string.IsNullOrEmpty(Country) || Unit is not null || !string.IsNullOrEmpty(Language) || Level is not null || Meets || Overridden;

    /// <summary>The moves an officer may make, from the domain's table.</summary>
    public static IReadOnlyList<ApplicationStatus> Moves { get; } = JobApplication.TargetsOf(PipelineActor.Agency);

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(List<Guid> ids, ApplicationStatus target, string? note, string? overrideReason)
    {
        var moved = await sender.Send(new MoveApplicationsCommand(ids, target, note) { OverrideReason = overrideReason }, HttpContext.RequestAborted);
        return RedirectToPage(new { status = target, moved });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Queue = await sender.Send(
            new ScreeningQueueQuery
            {
                JobOrderId = Order,
                CountryCode = Country,
                Status = Status,
                UnitId = Unit,
                LanguageCode = Language,
                MinimumLevelId = Level,
                MeetsAll = Meets,
                Overridden = Overridden,
                After = After,
            },
            cancellationToken);
        Filters = await sender.Send(new ScreeningFiltersQuery(Order), cancellationToken);
        Countries = await sender.Send(new ListCountriesQuery(), cancellationToken);
        Languages = await sender.Send(new ListLanguagesQuery(), cancellationToken);
        Levels = await sender.Send(new ListLanguageLevelsQuery(), cancellationToken);
    }

    /// <summary>The queue with the current filters, another status or the next page.</summary>
    public string Link(ApplicationStatus status, string? after = null, bool keepOrder = true)
    {
        var query = new QueryBuilder();
        query.AddIfSet("status", status.ToString());
        query.AddIfSet("order", keepOrder ? Order?.ToString() : null);
        query.AddIfSet("country", Country);
        query.AddIfSet("unit", Unit?.ToString());
        query.AddIfSet("language", Language);
        query.AddIfSet("level", Level?.ToString(CultureInfo.InvariantCulture));
        query.AddIfSet("meets", Meets ? "true" : null);
        query.AddIfSet("overridden", Overridden ? "true" : null);
        query.AddIfSet("after", after);
        return Url.PageWith("/Applications/Index", query);
    }
}
