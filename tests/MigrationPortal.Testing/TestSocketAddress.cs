using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MigrationPortal.Testing;

/// <summary>
/// The in-memory test server has no socket, so a test names the address its requests come from, as a real
/// connection's would (<see cref="PortalClient.FromSocket"/>). It is set before any of the portal's own middleware
/// runs, so forwarded headers, rate limits and lockouts see it as they would see a socket's address.
/// </summary>
public sealed class TestSocketAddress : IStartupFilter
{
    public const string Header = "X-Test-Socket-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            await proceed();
        });
        next(app);
    };
}
