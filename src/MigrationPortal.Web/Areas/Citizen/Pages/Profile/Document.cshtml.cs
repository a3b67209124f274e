using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>The owner's download of one of their documents: an attachment, never rendered by the browser.</summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var document = await sender.Send(new GetMyDocumentQuery(id), HttpContext.RequestAborted);
        return DocumentDownload.Attachment(this, document);
    }
}
