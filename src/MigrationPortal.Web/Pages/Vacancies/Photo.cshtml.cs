using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>
/// An employer's workplace or housing photo on its vacancies. Shown inline, so nosniff keeps the browser to the
/// image type the upload was checked for (docs/design/quality.md, Uploads).
/// </summary>
public sealed class PhotoModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var photo = await sender.Send(new GetVacancyPhotoQuery(id), HttpContext.RequestAborted);
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(photo.Content, photo.ContentType);
    }
}
