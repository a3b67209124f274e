using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>The scan of the consent form signed at a branch, sent as every personal document is (docs/design/quality.md, Uploads).</summary>
public sealed class ConsentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scan = await sender.Send(new DownloadAssistedConsentQuery(id), HttpContext.RequestAborted);
        return DocumentResponse.Send(this, scan.Content, scan.ContentType, scan.FileName);
    }
}
