using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Verification;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Agency.Pages.Profiles;

/// <summary>
/// A profile's document for the officer's review: in the browser when its bytes are the PDF or image it claims to be, as
/// an attachment otherwise (docs/design/quality.md, Uploads), under a file name of safe letters.
/// </summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var document = await sender.Send(new DownloadDocumentForReviewQuery(id), HttpContext.RequestAborted);
        return DocumentResponse.Send(this, document.Content, document.ContentType, DocumentResponse.SafeFileName(document.FileName, document.Kind.ToString()));
    }
}
