using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using MigrationPortal.Application.Organizations.Employers;

namespace MigrationPortal.Web.Areas.Employer.Pages.Profile;

/// <summary>
/// The employer's preview of one of its own photos, public or not yet. Shown inline, so nosniff keeps the browser to
/// the image type the upload was checked for (docs/design/quality.md, Uploads).
/// </summary>
public sealed class PhotoModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var photo = await sender.Send(new GetMyEmployerPhotoQuery(id), HttpContext.RequestAborted);
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return File(photo.Content, photo.ContentType);
    }
}
