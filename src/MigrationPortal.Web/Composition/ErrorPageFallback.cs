using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using MigrationPortal.Web.Pages.Error;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// The last answer when the error page itself fails (whatever broke the request may break it too): a self-contained
/// page written here, needing nothing but the texts, instead of an empty 500.
/// </summary>
public sealed partial class ErrorPageFallback(RequestDelegate next, ILogger<ErrorPageFallback> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception failure) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // The failure itself is logged already, by the exception handler, with the error page's own.
            LogFallback(logger, failure.GetType().Name);
            await WriteAsync(context, failure);
        }
    }

    public static async Task WriteAsync(HttpContext context, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(context);
        var description = ErrorDescription.Of(null, failure, context.Request.IsHttps);
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        string Text(string key) => HtmlEncoder.Default.Encode(texts[key].Value);

        var response = context.Response;
        response.Clear();
        response.StatusCode = description.StatusCode ?? StatusCodes.Status500InternalServerError;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{HtmlEncoder.Default.Encode(CultureInfo.CurrentUICulture.Name)}">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{Text(description.TitleKey)} — {Text("Site.Name")}</title>
                <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css" />
                <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
                <main id="main" class="container py-3">
                    <section class="form-card">
                        <h1 class="h3">{Text(description.TitleKey)}</h1>
                        <p>{Text(description.TextKey)}</p>
                        <p class="small text-body-secondary">{Text("Error.Reference")}: <code>{HtmlEncoder.Default.Encode(CorrelationIdMiddleware.Of(context))}</code></p>
                        <a class="btn btn-primary" href="/">{Text("Error.Home")}</a>
                    </section>
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The error page failed too ({ErrorType}); the plain error page was sent")]
    private static partial void LogFallback(ILogger logger, string errorType);
}
