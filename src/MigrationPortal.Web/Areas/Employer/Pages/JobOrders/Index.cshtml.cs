using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.Areas.Employer.Pages.JobOrders;

/// <summary>The employer's own job orders, newest first, filtered by status.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobOrderStatus? Status { get; set; }

    public Paged<JobOrderListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public PagerModel Pager => new(Result.Page, Result.PageCount, "/JobOrders/Index", new Dictionary<string, string?> { ["status"] = Status?.ToString() });

    public async Task OnGetAsync([FromQuery] int? page) =>
        Result = await sender.Send(new ListMyJobOrdersQuery(Status, page), HttpContext.RequestAborted);
}
