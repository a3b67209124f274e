using System.Net;
using Microsoft.Net.Http.Headers;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Testing;
using Npgsql;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>The friendly error page never depends on what failed: plain HTTP under Secure-only cookies, a database outage.</summary>
public sealed class ErrorPageTests(PortalFixture fixture) : PortalTest(fixture)
{
    [Fact]
    public async Task A_form_page_over_plain_http_in_production_says_a_secure_connection_is_needed()
    {
        using var response = await Fixture.CreatePlainHttpClient().Http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.Https.Title"));
        page.QuerySelector("main p")!.TextContent.ShouldBe(Fixture.Text("Error.Https.Text"));

        // The handler clears the failed response: the reference and the security headers are written again.
        page.QuerySelector("main code")!.TextContent.ShouldBe(response.Headers.GetValues("X-Correlation-ID").Single());
        response.Headers.Contains(HeaderNames.ContentSecurityPolicy).ShouldBeTrue();
    }

    [Fact]
    public async Task A_form_post_over_plain_http_in_production_gets_the_same_page_not_an_empty_500()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Login"] = "citizen@test.migration.uz", ["Input.Password"] = PortalFixture.Password });
        using var response = await Fixture.CreatePlainHttpClient().Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.Https.Title"));
    }

    [Theory]
    [InlineData("/Error", HttpStatusCode.OK, "Error.Title")]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "Error.404.Title")]
    public async Task The_error_pages_themselves_render_over_plain_http_in_production(string url, HttpStatusCode status, string title)
    {
        var page = await Fixture.CreatePlainHttpClient().GetPageAsync(url, status);

        page.QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text(title));
        page.QuerySelector("main code")!.TextContent.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task While_the_database_is_out_of_reach_everyone_gets_the_503_page_and_nobody_is_signed_out()
    {
        var citizen = await Fixture.SignedInClientAsync(await Fixture.CreateUserAsync(UserKind.Citizen));
        var visitor = Fixture.CreateClient();

        await using (await DatabaseOutage.BeginAsync(Fixture.ConnectionString))
        {
            // The session check itself fails first: the error page must not ask again.
            using var signedIn = await citizen.Http.GetAsync(new Uri("/Citizen", UriKind.Relative));
            signedIn.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var page = await PortalClient.ParseAsync(signedIn);
            page.QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.503.Title"));
            page.QuerySelector("header .lang-menu").ShouldNotBeNull("the whole error page, not the last-resort one");

            var search = await visitor.GetPageAsync("/Vacancies", HttpStatusCode.ServiceUnavailable);
            search.QuerySelector("h1")!.TextContent.ShouldBe(Fixture.Text("Error.503.Title"));
        }

        (await citizen.GetPageAsync("/Citizen")).QuerySelector("[data-testid=user-name]").ShouldNotBeNull();
    }

    /// <summary>The test database refusing every connection, as while it restarts, until disposed.</summary>
    private sealed class DatabaseOutage(string serverConnection, string database) : IAsyncDisposable
    {
        public static async Task<DatabaseOutage> BeginAsync(string connectionString)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var database = builder.Database!;
            var outage = new DatabaseOutage(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString, database);
            await outage.RunAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false");
            await outage.RunAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
            NpgsqlConnection.ClearAllPools();
            return outage;
        }

        public async ValueTask DisposeAsync()
        {
            await RunAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");

            // Connections the outage broke are dropped, so the next test does not meet them.
            NpgsqlConnection.ClearAllPools();
        }

        private async Task RunAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(serverConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
