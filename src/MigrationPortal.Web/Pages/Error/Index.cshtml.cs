using System.Data.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Error;

/// <summary>The friendly error page: no stack trace, a reference the user can quote to support.</summary>
[AllowAnonymous]
[AllowWithoutSecondFactor]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";

    public string TextKey { get; private set; } = "Error.Text";

    public string CorrelationId { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        CorrelationId = Response.Headers["X-Correlation-ID"].ToString();
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;

        // The database restarting or unreachable: tell the user to retry shortly (QUALITY.md, reliability).
        if (failure is DbException || failure?.InnerException is DbException || failure is TimeoutException)
        {
            code = StatusCodes.Status503ServiceUnavailable;
            Response.StatusCode = code.Value;
        }

        var known = code is 403 or 404 or 413 or 429 or 503 ? code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        if (known is not null)
        {
            TitleKey = $"Error.{known}.Title";
            TextKey = $"Error.{known}.Text";
        }
    }
}
