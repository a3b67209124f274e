using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;
using MigrationPortal.Web.Security;
using MigrationPortal.Web.Telemetry;
using OpenTelemetry.Trace;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>What the agency's monitoring sees (ADR-011): metrics at /metrics for the host only, spans without personal data.</summary>
public sealed class TelemetryTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Pinfl = "31234567890123";
    private const string LastName = "Toshmatova";
    private const string Phone = "+998901234567";

    [Fact]
    public async Task Metrics_page_shows_the_request_durations_by_route_template_to_the_host_itself()
    {
        using var measured = new RequestMeasured("Account/Login");
        using (var visit = await Fixture.CreateClient().Http.GetAsync(new Uri("/Account/Login?ReturnUrl=%2FSecret-7731", UriKind.Relative)))
        {
            visit.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await measured.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var scrape = await Fixture.CreateClient().FromSocket("127.0.0.1").Http.GetAsync(new Uri(MetricsAccess.Path, UriKind.Relative));

        scrape.StatusCode.ShouldBe(HttpStatusCode.OK);
        scrape.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await scrape.Content.ReadAsStringAsync();
        text.ShouldContain("# TYPE http_server_request_duration_seconds histogram");
        text.ShouldContain("http_route=\"Account/Login\"");
        text.ShouldNotContain("Secret-7731", customMessage: "a query string never becomes a label");
    }

    [Theory]
    [InlineData("192.0.2.15")]
    [InlineData("::ffff:192.0.2.20")]
    public async Task Metrics_page_answers_a_network_named_in_the_settings(string address)
    {
        using var scrape = await Fixture.CreateClient().FromSocket(address).Http.GetAsync(new Uri(MetricsAccess.Path, UriKind.Relative));

        scrape.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scrape.Content.ReadAsStringAsync()).ShouldContain("# TYPE ");
    }

    [Theory]
    [InlineData("203.0.113.40")]
    [InlineData("2001:db8::5")]
    public async Task Metrics_page_does_not_exist_for_anyone_else(string address)
    {
        using var scrape = await Fixture.CreateClient().FromSocket(address).Http.GetAsync(new Uri(MetricsAccess.Path, UriKind.Relative));

        scrape.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scrape.Content.ReadAsStringAsync()).ShouldNotContain("http_server_request_duration");
    }

    [Fact]
    public async Task Vacancy_search_is_traced_by_route_template_without_the_search_terms()
    {
        using var trace = new TraceCollector();
        var client = Fixture.CreateClient();
        client.Http.DefaultRequestHeaders.Add("traceparent", trace.TraceParent);

        using (var search = await client.Http.GetAsync(new Uri($"/Vacancies?Q={LastName}", UriKind.Relative)))
        {
            search.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var request = await trace.EndedAsync(activity => activity.Kind == ActivityKind.Server);
        request.DisplayName.ShouldBe("GET Vacancies");
        request.GetTagItem("url.query").ShouldBeNull("the query string is left out, not only its values masked");
        trace.Spans.ShouldContain(activity => activity.Source.Name == MediatorTracing.SourceName, "the search's use case is a span of the request's trace");
        trace.ShouldNotMention(LastName);
    }

    [Fact]
    public async Task Correlation_id_of_a_request_is_a_tag_and_baggage_of_its_span()
    {
        using var trace = new TraceCollector();
        var client = Fixture.CreateClient();
        client.Http.DefaultRequestHeaders.Add("traceparent", trace.TraceParent);
        client.Http.DefaultRequestHeaders.Add("X-Correlation-ID", "support-ticket-4471");

        using (var home = await client.Http.GetAsync(new Uri("/", UriKind.Relative)))
        {
            home.Headers.GetValues("X-Correlation-ID").ShouldBe(["support-ticket-4471"]);
        }

        var request = await trace.EndedAsync(activity => activity.Kind == ActivityKind.Server);
        request.GetTagItem(CorrelationIdMiddleware.Tag).ShouldBe("support-ticket-4471");
        request.GetBaggageItem(CorrelationIdMiddleware.Tag).ShouldBe("support-ticket-4471");
    }

    [Fact]
    public async Task Use_case_span_is_named_by_its_message_type_and_carries_none_of_the_personal_details()
    {
        var citizen = await Fixture.CreateUserAsync(UserKind.Citizen);
        using var trace = new TraceCollector();
        using (trace.StartParent())
        {
            // No district: refused by its validator after its database look-ups, which are spans of the same trace.
            await Should.ThrowAsync<FluentValidation.ValidationException>(() => Fixture.SendAsync(citizen, new SavePersonalDetailsCommand
            {
                LastName = LastName,
                FirstName = "Malika",
                BirthDate = new DateOnly(1995, 4, 12),
                Sex = Sex.Female,
                Pinfl = Pinfl,
                Phone = Phone,
            }));
        }

        var useCase = await trace.EndedAsync(activity => activity.Source.Name == MediatorTracing.SourceName);
        useCase.DisplayName.ShouldBe(nameof(SavePersonalDetailsCommand));
        useCase.GetTagItem(MediatorTracing.MessageTypeTag).ShouldBe(typeof(SavePersonalDetailsCommand).FullName);
        useCase.GetTagItem(MediatorTracing.ErrorTypeTag).ShouldBe(typeof(FluentValidation.ValidationException).FullName);
        useCase.Status.ShouldBe(ActivityStatusCode.Error);
        trace.ShouldNotMention(LastName, "Malika", Pinfl, Phone);
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_the_portal_sends_its_traces_nowhere()
    {
        // The exporter's default address: an exporter registered without an endpoint would connect here on a flush.
        var collector = new TcpListener(IPAddress.Loopback, 4317);
        collector.Start();
        try
        {
            using (var home = await Fixture.CreateClient().Http.GetAsync(new Uri("/", UriKind.Relative)))
            {
                home.StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            Fixture.Factory.Services.GetRequiredService<TracerProvider>().ForceFlush(5000).ShouldBeTrue("nothing waits to be exported");
            collector.Pending().ShouldBeFalse("no exporter connected to the default OTLP address");
        }
        finally
        {
            collector.Stop();
        }
    }

    /// <summary>Signals when the portal has recorded the duration of a request to the given route.</summary>
    private sealed class RequestMeasured : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly TaskCompletionSource _measured = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public RequestMeasured(string route)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: "http.server.request.duration", Meter.Name: "Microsoft.AspNetCore.Hosting" })
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "http.route" } && Equals(tag.Value, route))
                    {
                        _measured.TrySetResult();
                    }
                }
            });
            _listener.Start();
        }

        public Task Task => _measured.Task;

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>Every span of one trace the test starts, from every source in the portal.</summary>
    private sealed class TraceCollector : IDisposable
    {
        private static readonly ActivitySource TestSource = new("MigrationPortal.IntegrationTests");

        private readonly ActivityTraceId _traceId = ActivityTraceId.CreateRandom();
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly SemaphoreSlim _arrived = new(0);

        public TraceCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                    options.Parent.TraceId == _traceId || options.TraceId == _traceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
                ActivityStopped = activity =>
                {
                    if (activity.TraceId == _traceId)
                    {
                        _stopped.Enqueue(activity);
                        _arrived.Release();
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        /// <summary>A W3C trace context header that makes a request a child of this trace.</summary>
        public string TraceParent => $"00-{_traceId}-{ActivitySpanId.CreateRandom()}-01";

        public IReadOnlyList<Activity> Spans => [.. _stopped];

        /// <summary>The test's own span, parent of whatever the portal does inside it.</summary>
        public Activity StartParent() =>
            TestSource.StartActivity(ActivityKind.Internal, new ActivityContext(_traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded), name: "test")
            ?? throw new InvalidOperationException("The test's listener did not sample its own span.");

        /// <summary>The first ended span of the trace to match, waiting for it (a request's span may end after its response is read).</summary>
        public async Task<Activity> EndedAsync(Func<Activity, bool> match)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            Activity? found;
            while ((found = _stopped.FirstOrDefault(match)) is null)
            {
                await _arrived.WaitAsync(timeout.Token);
            }

            return found;
        }

        public void ShouldNotMention(params string[] values)
        {
            foreach (var span in Spans)
            {
                var texts = span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")
                    .Concat(span.Baggage.Select(item => $"{item.Key}={item.Value}"))
                    .Append(span.DisplayName);
                foreach (var text in texts)
                {
                    foreach (var value in values)
                    {
                        text.ShouldNotContain(value, Case.Insensitive, $"span {span.DisplayName} of {span.Source.Name}");
                    }
                }
            }
        }

        public void Dispose()
        {
            _listener.Dispose();
            _arrived.Dispose();
        }
    }
}
