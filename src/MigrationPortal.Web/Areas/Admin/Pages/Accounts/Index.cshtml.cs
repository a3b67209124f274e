using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

public sealed class IndexModel(ISender sender) : PageModel
{
    public string? Search { get; private set; }

    public bool Created { get; private set; }

    public PagerModel Pager => new(Result.Page, Result.PageCount, "/Accounts/Index", new Dictionary<string, string?> { ["search"] = Search });

    public Paged<StaffAccountListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync(string? search, [FromQuery] int? page, bool created = false)
    {
        Search = search;
        Created = created;
        Result = await sender.Send(new ListStaffAccountsQuery(search, page), HttpContext.RequestAborted);
    }
}
