using Npgsql;
using Testcontainers.PostgreSql;

namespace MigrationPortal.Testing;

/// <summary>
/// The throwaway PostgreSQL of a test run: MIGRATIONPORTAL_TEST_DB when set (eng/test.sh sets it when it
/// starts a local cluster), otherwise a Testcontainers PostgreSQL 17 (needs a Docker engine).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "MIGRATIONPORTAL_TEST_DB";

    private PostgreSqlContainer? _container;

    /// <summary>The portal's own role in tests: it owns nothing, so row-level security binds it (ADR-009).</summary>
    public const string ApplicationRole = "portal_app";

    /// <summary>The owner's connection: migrations, Respawn, and assertions that must see past every wall.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The connection the portal under test uses.</summary>
    public string ApplicationConnectionString { get; private set; } = "";

    public static async Task<TestDatabase> StartAsync(string databaseName)
    {
        var database = new TestDatabase();
        var configured = Environment.GetEnvironmentVariable(Variable);
        string serverConnection;
        if (string.IsNullOrWhiteSpace(configured))
        {
            database._container = new PostgreSqlBuilder("postgres:17-alpine").Build();
            await database._container.StartAsync();
            serverConnection = database._container.GetConnectionString();
        }
        else
        {
            serverConnection = configured;
        }

        // Each test assembly gets its own database on the shared server, created when missing.
        var builder = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        database.ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = databaseName, IncludeErrorDetail = true }.ConnectionString;
        database.ApplicationConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Username = ApplicationRole,
            Password = ApplicationRole,
        }.ConnectionString;
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
