using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Assisted;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>The registrations made at a branch: an officer's unit's, or every unit's for a supervisor, newest first, a page at a time.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AssistedRegistrationPage Result { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Result = await sender.Send(new ListAssistedRegistrationsQuery(PageNumber), HttpContext.RequestAborted);
}
