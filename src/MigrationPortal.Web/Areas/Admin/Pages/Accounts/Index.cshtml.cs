using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.Areas.Admin.Pages.Accounts;

public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public bool Created { get; private set; }

    public bool Resent { get; private set; }

    public PagerModel Pager => new(Result.Page, Result.PageCount, "/Accounts/Index", new Dictionary<string, string?> { ["search"] = Search });

    public Paged<StaffAccountListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync([FromQuery] int? page, bool created = false, bool resent = false)
    {
        Created = created;
        Resent = resent;
        Result = await sender.Send(new ListStaffAccountsQuery(Search, page), HttpContext.RequestAborted);
    }

    /// <summary>A new invitation link for an account that never chose a password; the list shows again with its search.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        await sender.Send(new ResendInvitationCommand(id), HttpContext.RequestAborted);
        return RedirectToPage(new { search = Search, resent = "true" });
    }

    /// <summary>After a refused invitation, the list's first page with the same search, and the reason above it.</summary>
    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Result = await sender.Send(new ListStaffAccountsQuery(Search, null), cancellationToken);
}
