using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationPortal.Testing;

/// <summary>The real portal, on the test database, in the "Testing" environment unless told another.</summary>
public sealed class PortalFactory(string connectionString, string mailDirectory, IReadOnlyDictionary<string, string>? settings = null, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    /// <summary>The portal's configured public address in tests; every emailed link must start with it.</summary>
    public const string PublicBaseUrl = "https://portal.test.migration.uz";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);

        // Serve wwwroot and its build-time compressed copies from the build output, as Development does.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Database:SeedDemo", "false");
        builder.UseSetting("Email:PickupDirectory", mailDirectory);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Email:PollSeconds", "3600");
        builder.UseSetting("Sms:PickupDirectory", Path.Combine(mailDirectory, "sms"));
        builder.UseSetting("Sms:PollSeconds", "3600");
        builder.UseSetting("Scheduling:JobOrderExpiryMinutes", "0");
        builder.UseSetting("PublicPages:CacheSeconds", "0");
        builder.UseSetting("RateLimiting:SignInPermitLimit", "100000");
        builder.UseSetting("RateLimiting:AccountPermitLimit", "100000");

        // Beside the host itself, the monitoring network that may read /metrics (TelemetryTests).
        builder.UseSetting("Telemetry:Metrics:AllowedNetworks", "192.0.2.0/24");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestSocketAddress>());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
