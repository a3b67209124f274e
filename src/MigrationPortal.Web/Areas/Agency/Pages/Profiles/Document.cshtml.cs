using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Verification;

namespace MigrationPortal.Web.Areas.Agency.Pages.Profiles;

/// <summary>
/// A profile's document, always as an attachment (docs/design/quality.md, Uploads): never shown inline, so a file that claims
/// to be an image cannot run in the portal's origin. nosniff and no-store come with every signed-in response.
/// </summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    private const int MaxNameLength = 80;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var document = await sender.Send(new DownloadDocumentForReviewQuery(id), HttpContext.RequestAborted);
        return File(document.Content, document.ContentType, SafeFileName(document.FileName, document.Kind.ToString()));
    }

    /// <summary>The citizen's file name reduced to letters, digits, '-', '_' and '.'; the document's kind when nothing is left.</summary>
    public static string SafeFileName(string fileName, string fallback)
    {
        var name = new StringBuilder();
        foreach (var c in Path.GetFileName(fileName ?? "").Normalize(NormalizationForm.FormC))
        {
            name.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var safe = name.ToString().Trim('.', '_');
        if (safe.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(MaxNameLength - extension.Length)] + extension;
        }

        return safe.Length == 0 ? fallback : safe;
    }
}
