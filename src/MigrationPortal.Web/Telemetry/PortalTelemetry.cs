using Microsoft.AspNetCore.Http.Features;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MigrationPortal.Web.Telemetry;

/// <summary>
/// Traces and metrics (ADR-011): requests, outgoing HTTP calls, PostgreSQL commands, use cases and the runtime.
/// Exported over OTLP only when an endpoint is configured; the metrics are also read at <c>/metrics</c> by the host
/// and the networks <see cref="MetricsAccess"/> allows. Nothing personal goes into a span or a label: requests are
/// named by their route template and carry no query string, use cases by their message type.
/// </summary>
public static class PortalTelemetry
{
    public const string ServiceName = "MigrationPortal";

    /// <summary>The standard variable, which the OTLP exporter reads together with the other <c>OTEL_EXPORTER_OTLP_*</c>.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The portal's own setting, taken when the standard variable is not set.</summary>
    public const string OtlpEndpointSetting = "Telemetry:Otlp:Endpoint";

    private const string QueryTag = "url.query";

    private const string FullUrlTag = "url.full";

    public static void AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;

        // Copied into the standard key, so the setting means what the variable means (over http/protobuf the
        // exporter adds /v1/traces and /v1/metrics to it).
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]) && configuration[OtlpEndpointSetting] is { Length: > 0 } endpoint)
        {
            configuration[OtlpEndpointVariable] = endpoint;
        }

        var exportOverOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        builder.Services.AddSingleton(MetricsAccess.FromConfiguration(configuration));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(MediatorTracing.SourceName)
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        options.Filter = IsTraced;

                        // A search's terms (names, numbers) travel in the query string; the span keeps the path only.
                        options.EnrichWithHttpRequest = (activity, _) => activity.SetTag(QueryTag, null);
                    })
                    .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { IsAbsoluteUri: true } uri)
                        {
                            activity.SetTag(FullUrlTag, uri.GetLeftPart(UriPartial.Path));
                        }
                    })
                    .AddNpgsql();
                if (exportOverOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()

                    // Every scrape reads the current values: only the host and the allowed networks scrape, so there
                    // is no crowd of readers to shield the portal from.
                    .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exportOverOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
    }

    /// <summary>
    /// Answers <c>/metrics</c> for the allowed addresses, before anything else of the portal's: no request log line,
    /// no output cache, no rate limit, no span. For anyone else the request goes on and finds no page (404).
    /// </summary>
    public static void UsePortalMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: access.Allows,
            path: null,
            configureBranchedPipeline: branch => branch.Use(NotMeasured),
            optionsName: null);
    }

    // A scrape is not a visitor's request: it stays out of the request-duration histogram it reads.
    private static Task NotMeasured(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.MetricsDisabled = true;
        }

        return next(context);
    }

    // Probes and scrapes come every few seconds and say nothing about the portal's users.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(MetricsAccess.Path, StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
