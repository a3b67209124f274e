using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.Areas.Admin.Pages.JobOrders;

/// <summary>Every job order of every employer with its status, filtered by status and employer; a GET form, so a filter is a link.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobOrderStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Employer { get; set; }

    public Paged<AdminJobOrderRow> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<Option> Statuses { get; private set; } = [];

    public IReadOnlyList<Option> Employers { get; private set; } = [];

    public PagerModel Pager => new(Result.Page, Result.PageCount, "/JobOrders/Index", new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(),
        ["employer"] = Employer?.ToString(),
    });

    public async Task OnGetAsync([FromQuery] int? page)
    {
        Statuses = [.. Enum.GetValues<JobOrderStatus>().Select(s => new Option(s.ToString(), text[$"JobOrderStatus.{s}"]))];
        Employers = await sender.Send(new ListEmployerOptionsQuery(), HttpContext.RequestAborted);
        Result = await sender.Send(new ListAllJobOrdersQuery(Status, Employer, page), HttpContext.RequestAborted);
    }
}
