using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Web.Security;

/// <summary>
/// How every personal document leaves the portal (docs/design/quality.md, Uploads): shown in the browser only when its
/// bytes are the PDF or image its stored type says, as an attachment otherwise; always with nosniff and no-store.
/// </summary>
public static class DocumentResponse
{
    private const int MaxNameLength = 80;

    public static FileContentResult Send(PageModel page, byte[] content, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(content);
        var headers = page.Response.Headers;
        headers[HeaderNames.CacheControl] = "no-store";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        var inline = FileSniffer.Sniff(content) is { } sniffed && sniffed.ContentType == contentType;
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return new FileContentResult(content, inline ? contentType : "application/octet-stream");
    }

    /// <summary>The citizen's file name reduced to letters, digits, '-', '_' and '.'; the fallback when nothing is left.</summary>
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
