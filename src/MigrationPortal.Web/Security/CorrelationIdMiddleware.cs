using System.Diagnostics;
using Serilog.Context;

namespace MigrationPortal.Web.Security;

/// <summary>
/// Gives each request a correlation id (the caller's X-Correlation-ID when sane), logged and echoed back, and put on
/// the request's span as a tag and as baggage, so a reference read from an error page finds the trace (ADR-011).
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    private const string Header = "X-Correlation-ID";

    public const string Tag = "correlation.id";

    private static readonly object Key = new();

    /// <summary>The request's correlation id, the reference an error page shows.</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[Key] as string ?? context.TraceIdentifier;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incoming = context.Request.Headers[Header].ToString();
        var correlationId = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? incoming
            : context.TraceIdentifier;
        context.Items[Key] = correlationId;
        Activity.Current?.SetTag(Tag, correlationId).SetBaggage(Tag, correlationId);

        // Written as the response starts: an error page's handler clears the failed response's headers first.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = correlationId;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }
}
