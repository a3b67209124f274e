using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>The owner's view of one of their documents: in the browser when it is a PDF or an image (DocumentResponse).</summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var document = await sender.Send(new GetMyDocumentQuery(id), HttpContext.RequestAborted);
        return DocumentResponse.Send(this, document.Content, document.ContentType, document.FileName);
    }
}
