using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Pages.Shared;
using MigrationPortal.Application.Organizations.Employers;

namespace MigrationPortal.Web.Areas.Admin.Pages.Employers;

public sealed class IndexModel(ISender sender) : PageModel
{
    public string? Search { get; private set; }

    public PagerModel Pager => new(Result.Page, Result.PageCount, "/Employers/Index", new Dictionary<string, string?> { ["search"] = Search });

    public Paged<EmployerListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync(string? search, [FromQuery] int? page)
    {
        Search = search;
        Result = await sender.Send(new ListEmployersQuery(search, page), HttpContext.RequestAborted);
    }
}
