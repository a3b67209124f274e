using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MigrationPortal.Web.Telemetry;
using OpenTelemetry.Exporter;

namespace MigrationPortal.UnitTests.Telemetry;

/// <summary>The portal's own OTLP setting reaches the exporter as the standard variable would (ADR-011).</summary>
public sealed class OtlpEndpointTests
{
    private const string PortalSetting = "http://collector.agency.test:4317";

    [Theory]
    [InlineData(null, PortalSetting)]
    [InlineData("http://standard.agency.test:4317", "http://standard.agency.test:4317")]
    public async Task The_standard_variable_wins_and_the_portal_setting_stands_in_for_it(string? standardVariable, string expected)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[PortalTelemetry.OtlpEndpointVariable] = standardVariable;
        builder.Configuration[PortalTelemetry.OtlpEndpointSetting] = PortalSetting;
        builder.AddPortalTelemetry();
        await using var app = builder.Build();

        app.Services.GetRequiredService<IOptionsMonitor<OtlpExporterOptions>>().Get(Options.DefaultName).Endpoint.ShouldBe(new Uri(expected));
    }
}
