using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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

    /// <summary>
    /// Runs before any filter and any model binding, for every method: the page must show whatever failed, a form
    /// that could not be bound included, so it reads nothing but the route and the failure.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Describe(int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null);
    }

    /// <summary>True for a database that is restarting or out of reach (or too slow), not for a query it refused.</summary>
    public static bool IsOutage(Exception? failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is TimeoutException or Npgsql.NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    private void Describe(int? code)
    {
        CorrelationId = Response.Headers["X-Correlation-ID"].ToString();
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;

        // The database restarting or unreachable: tell the user to retry shortly (QUALITY.md, reliability). A query the
        // database refused is a fault of ours, not an outage, and stays a 500.
        if (IsOutage(failure))
        {
            code = StatusCodes.Status503ServiceUnavailable;
            Response.StatusCode = code.Value;
        }

        var known = code is 400 or 403 or 404 or 413 or 429 or 503 ? code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        if (known is not null)
        {
            TitleKey = $"Error.{known}.Title";
            TextKey = $"Error.{known}.Text";
        }
    }
}
