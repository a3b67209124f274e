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
        if (new NpgsqlConnectionStringBuilder(connectionString).NoResetOnClose)
        {
            throw new InvalidOperationException(
                "The portal's connection string turns off the pool's reset (No Reset On Close): a connection would carry one user's row-security actor and role to the next request. Remove that setting.");
        }

        return options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            .UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Applies the migrations as the owner, then lets the portal's role (created when missing, with the name and
    /// password of its connection string) and the agency's role it may take use the tables: read and write, never
    /// alter; the audit trail append-only.
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
        var statements = new List<string>();
        foreach (var role in new[] { application.Username, RowSecurityActorInterceptor.AgencyRole })
        {
            statements.AddRange(await StatementsAsync(connection, GrantRows, role, cancellationToken));
        }

        statements.AddRange(await StatementsAsync(connection, JoinAgency, application.Username, cancellationToken));
        await using var apply = new NpgsqlCommand(string.Join(";\n", statements), connection);
        try
        {
            await apply.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
                $"The owner's connection may not give the portal's role '{application.Username}' its rights: give the owner CREATEROLE, or run as a superuser: {string.Join("; ", statements)}",
                exception);
        }
    }

    // Rows only, never the schema; the migrations history read-only; the audit trail append-only; views read-only
    // (a simple view would let its readers write through it as its owner, past the wall).
    private const string GrantRows =
        """
        SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), @role)
        UNION ALL SELECT format('GRANT USAGE ON SCHEMA public TO %I', @role)
        UNION ALL SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', @role)
        UNION ALL SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', @role)
        UNION ALL SELECT format('REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM %I', @role)
        UNION ALL SELECT format('REVOKE UPDATE, DELETE ON personal_data_accesses FROM %I', @role)
        UNION ALL SELECT format('REVOKE INSERT, UPDATE, DELETE ON %I FROM %I', viewname, @role) FROM pg_views WHERE schemaname = 'public'
        """;

    // The portal's role may take the agency's role for agency actors, but never holds its rights by itself: without
    // NOINHERIT the agency's policies would let every actor's rows through.
    private const string JoinAgency =
        $"""
        SELECT format('ALTER ROLE %I NOINHERIT', @role)
        UNION ALL SELECT format('GRANT {RowSecurityActorInterceptor.AgencyRole} TO %I', @role)
        """;

    private static async Task<List<string>> StatementsAsync(NpgsqlConnection connection, string sql, string role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("role", role);
        var statements = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }

    /// <summary>
    /// Why the portal's own connection would pass row-level security by (a superuser, a role with BYPASSRLS, the
    /// tables' owner, or a role that holds the agency's rights without asking for them), or null when the wall holds.
    /// </summary>
    public static async Task<string?> RowSecurityBypassAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reasons = await db.Database.SqlQuery<string>(
            $"""
            SELECT CASE WHEN r.rolsuper THEN 'superuser'
                        WHEN r.rolbypassrls THEN 'bypassrls'
                        WHEN pg_has_role(session_user, t.tableowner, 'USAGE') THEN 'owner'
                        WHEN pg_has_role(session_user, a.oid, 'USAGE') THEN 'agency' END AS "Value"
            FROM pg_roles r CROSS JOIN pg_tables t LEFT JOIN pg_roles a ON a.rolname = {RowSecurityActorInterceptor.AgencyRole}
            WHERE r.rolname = session_user AND t.schemaname = 'public' AND t.tablename = 'job_orders'
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
