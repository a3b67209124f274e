using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.Profiles;

/// <summary>The verification queue with its filters; a GET form, so a filtered queue is a link one can keep.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public static readonly IReadOnlyList<ProfileStatus> Statuses = [ProfileStatus.Submitted, ProfileStatus.Returned, ProfileStatus.Verified];

    [BindProperty(SupportsGet = true)]
    public ProfileStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Profession { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The decision just made, told once after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public ProfileStatus? Decided { get; set; }

    public ProfileQueuePage Result { get; private set; } = null!;

    public ProfileQueueFilters Filters { get; private set; } = null!;

    public bool Filtered => Unit is not null || District is not null || !string.IsNullOrEmpty(Profession) || From is not null || To is not null;

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Result = await sender.Send(
            new ProfileQueueQuery
            {
                Status = Status,
                UnitId = Unit,
                DistrictId = District,
                Profession = Profession,
                SubmittedFrom = From,
                SubmittedTo = To,
                After = After,
            },
            cancellationToken);
        Filters = await sender.Send(new ProfileQueueFiltersQuery(Unit), cancellationToken);
    }

    /// <summary>The queue with the current filters, another status or page.</summary>
    public string Link(ProfileStatus status, string? after = null)
    {
        var query = new QueryBuilder();
        query.AddIfSet("status", status.ToString());
        query.AddIfSet("unit", Unit?.ToString());
        query.AddIfSet("district", District?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query.AddIfSet("profession", Profession);
        query.AddIfSet("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        query.AddIfSet("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        query.AddIfSet("after", after);
        return Url.PageWith("/Profiles/Index", query);
    }
}
