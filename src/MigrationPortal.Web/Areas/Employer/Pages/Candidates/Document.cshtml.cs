using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Employer.Pages.Candidates;

/// <summary>A shortlisted candidate's document or photo, opened in the browser when it is a PDF or an image.</summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid applicationId, Guid documentId)
    {
        var document = await sender.Send(new GetCandidateDocumentQuery(applicationId, documentId), HttpContext.RequestAborted);
        return DocumentResponse.Send(this, document.Content, document.ContentType, DocumentResponse.SafeFileName(document.FileName, document.Kind.ToString()));
    }
}
