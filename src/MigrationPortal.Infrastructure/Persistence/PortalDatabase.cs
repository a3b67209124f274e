using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using MigrationPortal.Application.Common;
using Npgsql;

namespace MigrationPortal.Infrastructure.Persistence;

/// <summary>
/// The database's two roles (ADR-009): the owner, who runs the migrations and is not bound by row-level security,
/// and the portal's own role, which owns nothing and may only read and write rows.
/// </summary>
public static class PortalDatabase
{
    /// <summary>The owner's connection string, for migrations only; the portal's own is "Portal".</summary>
    public const string OwnerConnectionName = "PortalOwner";

    public const string ApplicationConnectionName = "Portal";

    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            .UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Applies the migrations as the owner, then lets the portal's role (created when missing, with the name and
    /// password of its connection string) use the tables: read and write, never alter; the audit trail append-only.
    /// </summary>
    public static async Task MigrateAsync(string ownerConnectionString, string applicationConnectionString, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(ownerConnectionString);
        await using (var db = new PortalDbContext(options.Options, SystemActor.Instance))
        {
            // Npgsql's history repository takes the history table as existing and reads it; on an empty database that
            // read fails (42P01, caught by EF), which EF logs as "Failed executing DbCommand" and PostgreSQL as an
            // ERROR in its own log: a first start that looks failed (npgsql/efcore.pg#3407).
            // Made first, with the provider's own CREATE ... IF NOT EXISTS, the table is there to be read. A database
            // that does not exist yet is left to MigrateAsync, which creates it.
            if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var application = new NpgsqlConnectionStringBuilder(applicationConnectionString);
        if (string.IsNullOrEmpty(application.Username) || application.Username == owner.Username)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await EnsureRoleAsync(connection, application.Username, application.Password, cancellationToken);
        await using var grant = new NpgsqlCommand(
            """
            SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), @role),
                   format('GRANT USAGE ON SCHEMA public TO %I', @role),
                   format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', @role),
                   format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', @role),
                   format('REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM %I', @role),
                   format('REVOKE UPDATE, DELETE ON personal_data_accesses FROM %I', @role)
            """,
            connection);
        grant.Parameters.AddWithValue("role", application.Username);
        var statements = new List<string>();
        await using (var reader = await grant.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                statements.Add(reader.GetString(i));
            }
        }

        await using var apply = new NpgsqlCommand(string.Join(";\n", statements), connection);
        await apply.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Why the portal's own connection would pass row-level security by (a superuser, a role with BYPASSRLS, or the
    /// tables' owner), or null when the wall holds for it.
    /// </summary>
    public static async Task<string?> RowSecurityBypassAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reasons = await db.Database.SqlQuery<string>(
            $"""
            SELECT CASE WHEN r.rolsuper THEN 'superuser'
                        WHEN r.rolbypassrls THEN 'bypassrls'
                        WHEN pg_has_role(current_user, t.tableowner, 'USAGE') THEN 'owner' END AS "Value"
            FROM pg_roles r CROSS JOIN pg_tables t
            WHERE r.rolname = current_user AND t.schemaname = 'public' AND t.tablename = 'job_orders'
            """).ToListAsync(cancellationToken);
        return reasons.FirstOrDefault();
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string? password, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @role", connection);
        exists.Parameters.AddWithValue("role", role);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        await using var statement = new NpgsqlCommand(
            "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', @role, @password)",
            connection);
        statement.Parameters.AddWithValue("role", role);
        statement.Parameters.AddWithValue("password", password ?? "");
        var create = (string)(await statement.ExecuteScalarAsync(cancellationToken))!;
        try
        {
            await using var command = new NpgsqlCommand(create, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateObject)
        {
            // Made meanwhile by another migrator on the same server (two test runs): it is there, as wanted.
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
                $"The portal's database role '{role}' does not exist and the owner's connection may not create it: create it (LOGIN, NOSUPERUSER, NOBYPASSRLS) or give the owner CREATEROLE.",
                exception);
        }
    }
}
