using System.Net;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: the host itself (loopback) and the networks named in
/// <c>Telemetry:Metrics:AllowedNetworks</c> (CIDR ranges, comma-separated or an array). The address is the
/// connection's, or the client's when a known proxy forwarded the request (<see cref="ForwardedHeadersSetup"/>), so a
/// visitor coming through the proxy is never taken for the proxy's network. Anyone else finds no such page.
/// </summary>
public sealed class MetricsAccess(IReadOnlyList<IPNetwork> allowedNetworks)
{
    public const string Path = "/metrics";

    public const string AllowedNetworksSetting = "Telemetry:Metrics:AllowedNetworks";

    /// <summary>The configured ranges; a range that is not CIDR stops the portal at start.</summary>
    public static MetricsAccess FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new MetricsAccess([.. configuration.GetSection(AllowedNetworksSetting).ListedValues().Select(IPNetwork.Parse)]);
    }

    /// <summary>True for a request to the metrics page from an allowed address.</summary>
    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            && HttpClientAddress.Of(context.Connection) is { } client
            && (IPAddress.IsLoopback(client) || allowedNetworks.Any(network => network.Contains(client)));
    }
}
