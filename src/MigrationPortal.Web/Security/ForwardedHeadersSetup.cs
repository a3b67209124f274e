using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Security;

/// <summary>
/// X-Forwarded-For and -Proto are believed only from the proxies named in configuration
/// (<c>ForwardedHeaders__KnownProxies</c>: addresses; <c>ForwardedHeaders__KnownNetworks</c>: CIDR ranges; each a
/// comma-separated list or an array). With none named, nobody is believed and the client is the socket's address:
/// otherwise any client could choose the address its sign-in attempts are counted under.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The options for the forwarded-headers middleware, or null when no proxy is configured.</summary>
    public static ForwardedHeadersOptions? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").ListedValues().Select(IPAddress.Parse).ToList();
        var networks = section.GetSection("KnownNetworks").ListedValues().Select(System.Net.IPNetwork.Parse).ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };

        // The framework trusts loopback by default; here only what is named is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        proxies.ForEach(options.KnownProxies.Add);
        networks.ForEach(options.KnownIPNetworks.Add);
        return options;
    }
}
