using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MigrationPortal.Web.Security;

namespace MigrationPortal.UnitTests.Security;

public sealed class HttpsStartupCheckTests
{
    [Fact]
    public void Secure_cookies_with_only_a_plain_http_endpoint_and_no_trusted_proxy_warn_once()
    {
        var logger = new CountingLogger();

        HttpsStartupCheck.Warn(logger, "Production", CookieSecurePolicy.Always, ["http://[::]:8080"], proxyTrusted: false).ShouldBeTrue();

        logger.Warnings.ShouldHaveSingleItem().ShouldStartWith("Production without HTTPS");
    }

    [Theory]
    [InlineData(new[] { "http://[::]:8080" }, true)] // a TLS proxy in front, named
    [InlineData(new[] { "http://[::]:8080", "https://[::]:8443" }, false)] // Kestrel's own https endpoint
    public void A_trusted_proxy_or_an_https_endpoint_means_no_warning(string[] addresses, bool proxyTrusted)
    {
        var logger = new CountingLogger();

        HttpsStartupCheck.Warn(logger, "Production", CookieSecurePolicy.Always, addresses, proxyTrusted).ShouldBeFalse();

        logger.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Development_cookies_follow_the_request_so_plain_http_needs_no_warning() =>
        HttpsStartupCheck.IsMissing(CookieSecurePolicy.SameAsRequest, ["http://localhost:5080"], proxyTrusted: false).ShouldBeFalse();

    private sealed class CountingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
