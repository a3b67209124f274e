using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MigrationPortal.Web.Security;

/// <summary>
/// Cookies are Secure-only outside development (<see cref="PortalSecurity.CookiePolicy"/>), so no sign-in and no form
/// works over plain HTTP. A portal that no request can reach over HTTPS (no https endpoint of its own, no TLS proxy
/// trusted to say a request came over HTTPS) says so once, at start, instead of only answering each form with a refusal.
/// </summary>
public static partial class HttpsStartupCheck
{
    /// <summary>True when the cookies are Secure-only but every request would arrive as plain HTTP.</summary>
    public static bool IsMissing(CookieSecurePolicy cookies, IEnumerable<string> serverAddresses, bool proxyTrusted)
    {
        ArgumentNullException.ThrowIfNull(serverAddresses);
        return cookies == CookieSecurePolicy.Always
            && !proxyTrusted
            && !serverAddresses.Any(address => address.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Logs the one warning line when <see cref="IsMissing"/>; returns whether it did.</summary>
    public static bool Warn(ILogger logger, string environment, CookieSecurePolicy cookies, IEnumerable<string> serverAddresses, bool proxyTrusted)
    {
        if (!IsMissing(cookies, serverAddresses, proxyTrusted))
        {
            return false;
        }

        LogHttpsMissing(logger, environment);
        return true;
    }

    /// <summary>Checks once the server listens, when its addresses (Kestrel's endpoints) are known.</summary>
    public static void WarnWhenHttpsIsMissing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() => Warn(
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsStartupCheck).FullName!),
            app.Environment.EnvironmentName,
            PortalSecurity.CookiePolicy(app.Environment),
            app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [],
            ForwardedHeadersSetup.FromConfiguration(app.Configuration) is not null));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Environment} without HTTPS: cookies are Secure, so sign-in and every form refuse plain HTTP; put a TLS proxy in front and name it in ForwardedHeaders__KnownProxies (or __KnownNetworks), or give Kestrel an https endpoint, and set Portal__PublicBaseUrl to the https:// address")]
    private static partial void LogHttpsMissing(ILogger logger, string environment);
}
