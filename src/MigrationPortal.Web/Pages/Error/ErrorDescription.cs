using System.Globalization;

namespace MigrationPortal.Web.Pages.Error;

/// <summary>
/// What an error page says: the status to answer with (null: keep the one already set) and the texts. It reads only the
/// status code, the failure and the request's scheme, so it cannot fail on what made the request fail.
/// </summary>
public sealed record ErrorDescription(int? StatusCode, string TitleKey, string TextKey)
{
    private static readonly ErrorDescription Generic = new(null, "Error.Title", "Error.Text");

    public static ErrorDescription Of(int? code, Exception? failure, bool isHttps)
    {
        // The database restarting or unreachable: tell the user to retry shortly (docs/design/quality.md, Reliability). A query the
        // database refused is a fault of ours, not an outage, and stays a 500.
        if (IsOutage(failure))
        {
            return new(StatusCodes.Status503ServiceUnavailable, "Error.503.Title", "Error.503.Text");
        }

        // Cookies are Secure-only outside development (PortalSecurity.CookiePolicy): over plain HTTP every form's
        // antiforgery token is refused. The visitor is told to use the https:// address; the cookies stay Secure.
        if (!isHttps && IsSecureCookieRefusal(failure))
        {
            return new(StatusCodes.Status400BadRequest, "Error.Https.Title", "Error.Https.Text");
        }

        return code is 400 or 403 or 404 or 413 or 429 or 503
            ? new(null, $"Error.{code.Value.ToString(CultureInfo.InvariantCulture)}.Title", $"Error.{code.Value.ToString(CultureInfo.InvariantCulture)}.Text")
            : Generic;
    }

    /// <summary>True for a database that is restarting or out of reach (or too slow), not for a query it refused.</summary>
    public static bool IsOutage(Exception? failure) =>
        Causes(failure).Any(cause => cause is TimeoutException or Npgsql.NpgsqlException { IsTransient: true });

    /// <summary>True for antiforgery refusing to work on a plain-HTTP request because its cookie must be Secure.</summary>
    public static bool IsSecureCookieRefusal(Exception? failure) =>
        Causes(failure).Any(cause => cause is InvalidOperationException { Source: "Microsoft.AspNetCore.Antiforgery" });

    private static IEnumerable<Exception> Causes(Exception? failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
