using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Pages.Shared;
using MigrationPortal.Application.Organizations.Worksites;

namespace MigrationPortal.Web.Areas.Employer.Pages.Worksites;

public sealed class IndexModel(ISender sender) : PageModel
{
    public PagerModel Pager => new(Result.Page, Result.PageCount, "/Worksites/Index", new Dictionary<string, string?>());

    public Paged<WorksiteListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync([FromQuery] int? page) =>
        Result = await sender.Send(new ListWorksitesQuery(page), HttpContext.RequestAborted);
}
