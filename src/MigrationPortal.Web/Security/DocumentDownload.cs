using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Security;

/// <summary>How every personal document leaves the portal: as an attachment, with nosniff and no-store (docs/design/quality.md, Uploads).</summary>
public static class DocumentDownload
{
    public static FileContentResult Attachment(PageModel page, DocumentFile document)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(document);
        var headers = page.Response.Headers;
        headers[HeaderNames.CacheControl] = "no-store";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return new FileContentResult(document.Content, document.ContentType) { FileDownloadName = document.FileName };
    }
}
