using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Localization;
using MigrationPortal.Web.Pages.Error;
using Npgsql;

namespace MigrationPortal.UnitTests.Security;

public sealed class ErrorPageTests
{
    [Fact]
    public void A_database_out_of_reach_is_an_outage() =>
        ErrorDescription.IsOutage(new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect", new SocketException()))).ShouldBeTrue();

    [Fact]
    public void A_database_shutting_down_is_an_outage() =>
        ErrorDescription.IsOutage(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")).ShouldBeTrue();

    [Fact]
    public void A_timeout_is_an_outage() =>
        ErrorDescription.IsOutage(new TimeoutException()).ShouldBeTrue();

    [Theory]
    [InlineData("22021")] // invalid byte sequence, e.g. a NUL in text
    [InlineData("23505")] // a unique index refused the row
    public void A_statement_the_database_refused_is_no_outage(string sqlState) =>
        ErrorDescription.IsOutage(new PostgresException("refused", "ERROR", "ERROR", sqlState)).ShouldBeFalse();

    [Fact]
    public void A_bug_of_ours_is_no_outage() =>
        ErrorDescription.IsOutage(new NullReferenceException()).ShouldBeFalse();

    [Fact]
    public void An_outage_answers_503_whatever_the_scheme() =>
        ErrorDescription.Of(null, new TimeoutException(), isHttps: false).ShouldBe(new ErrorDescription(503, "Error.503.Title", "Error.503.Text"));

    [Fact]
    public void Antiforgery_refusing_plain_http_answers_400_asking_for_https() =>
        ErrorDescription.Of(null, AntiforgeryRefusalOverPlainHttp(), isHttps: false).ShouldBe(new ErrorDescription(400, "Error.Https.Title", "Error.Https.Text"));

    [Fact]
    public void Another_invalid_operation_is_the_generic_500_page() =>
        ErrorDescription.Of(null, new InvalidOperationException("a bug"), isHttps: false).ShouldBe(new ErrorDescription(null, "Error.Title", "Error.Text"));

    [Fact]
    public void A_status_code_page_keeps_its_status_and_gets_its_texts() =>
        ErrorDescription.Of(404, null, isHttps: true).ShouldBe(new ErrorDescription(null, "Error.404.Title", "Error.404.Text"));

    [Fact]
    public async Task When_the_error_page_fails_too_the_plain_page_still_tells_the_user_in_their_language()
    {
        var context = await FailAsync("ru", new TimeoutException());

        context.Response.StatusCode.ShouldBe(503);
        context.Response.ContentType.ShouldBe("text/html; charset=utf-8");
        var body = Body(context);
        body.ShouldContain("<html lang=\"ru\">");
        body.ShouldContain("<h1 class=\"h3\">Сервис временно недоступен</h1>");
        body.ShouldContain("<code>trace-1</code>");
    }

    [Fact]
    public async Task The_plain_page_of_a_bug_is_a_500_without_its_details()
    {
        var context = await FailAsync("uz-Latn", new InvalidOperationException("secret detail"));

        context.Response.StatusCode.ShouldBe(500);
        Body(context).ShouldNotContain("secret detail");
    }

    private static InvalidOperationException AntiforgeryRefusalOverPlainHttp()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always)
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        return Should.Throw<InvalidOperationException>(() => services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context));
    }

    /// <summary>A request in the given language whose error page threw <paramref name="failure"/>, answered by the fallback.</summary>
    private static async Task<DefaultHttpContext> FailAsync(string culture, Exception failure)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPortalLocalization();
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider(), TraceIdentifier = "trace-1" };
        context.Response.Body = new MemoryStream();
        var fallback = new ErrorPageFallback(_ => throw failure, NullLogger<ErrorPageFallback>.Instance);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await fallback.InvokeAsync(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        return context;
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return System.Net.WebUtility.HtmlDecode(new StreamReader(context.Response.Body).ReadToEnd());
    }
}
