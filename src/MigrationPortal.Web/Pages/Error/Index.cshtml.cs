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
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        var description = ErrorDescription.Of(code, HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error, Request.IsHttps);
        if (description.StatusCode is { } status)
        {
            Response.StatusCode = status;
        }

        TitleKey = description.TitleKey;
        TextKey = description.TextKey;
        CorrelationId = CorrelationIdMiddleware.Of(HttpContext);
    }
}
