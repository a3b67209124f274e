using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Security;

/// <summary>
/// The endpoint policy on every page that checks a password or makes an account. It is attached to the pages
/// themselves (<see cref="EnableRateLimitingAttribute"/>), so every route to them counts: a trailing slash or
/// another letter case reaches the same endpoint and the same limit. Partitioned by the client's address, which is
/// the socket's unless a configured proxy forwarded it (<see cref="ForwardedHeadersSetup"/>).
/// </summary>
public sealed class SignInRateLimitPolicy(Microsoft.Extensions.Options.IOptions<SignInThrottlingOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limits = options.Value;
        var client = (httpContext.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.SignInPermitLimit,
            Window = TimeSpan.FromSeconds(limits.SignInWindowSeconds),
            QueueLimit = 0,
        });
    }
}
