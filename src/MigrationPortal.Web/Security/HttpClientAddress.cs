using System.Net;
using MigrationPortal.Application.Audit;

namespace MigrationPortal.Web.Security;

/// <summary>
/// The request's client address for the personal-data audit: the connection's, which the forwarded-headers step has
/// already replaced with the client's when, and only when, the request came through a known proxy.
/// </summary>
public sealed class HttpClientAddress(IHttpContextAccessor accessor) : IClientAddress
{
    public IPAddress? Current => Of(accessor.HttpContext?.Connection);

    /// <summary>A connection's remote address, an IPv4 client on a dual-stack socket written as IPv4.</summary>
    public static IPAddress? Of(ConnectionInfo? connection) => connection?.RemoteIpAddress switch
    {
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4(),
        var address => address,
    };
}
