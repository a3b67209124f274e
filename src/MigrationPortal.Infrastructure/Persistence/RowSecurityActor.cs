using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Persistence;

/// <summary>
/// The actor as PostgreSQL's row-level security policies read it (migration RowLevelSecurity, ADR-009): the kind of
/// actor ("agency", "employer", "citizen", or empty for a visitor) and the ids its rows carry.
/// </summary>
public sealed record RowSecurityActor(string Kind, Guid? UserId, Guid? OrganizationId, Guid? CitizenId)
{
    /// <summary>Nobody signed in: the state a connection has when the pool hands it out.</summary>
    public bool IsVisitor => Kind.Length == 0 && UserId is null;

    public static RowSecurityActor Of(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Kind switch
        {
            { } kind when kind.IsAgency() => new("agency", user.UserId, null, null),
            { } kind when kind.IsEmployer() && user.OrganizationId is { } organization => new("employer", user.UserId, organization, null),
            UserKind.Citizen when user.CitizenId is { } citizen => new("citizen", user.UserId, null, citizen),
            _ => new("", user.UserId, null, null),
        };
    }
}

/// <summary>
/// Tells each connection the portal opens who acts on it, before its first command, as session settings; an agency
/// actor also takes the role <c>portal_agency</c>, whose policies let every row through and plan as if there were
/// none (migration RowSecurityByRole). A connection that cannot take that role (the owner, a superuser) stays
/// itself. EF opens the connection for each query (or for a transaction), so a context created before sign-in is
/// known (Identity's cookie check) still acts as the user the request turns out to be; a pooled connection is reset
/// when it is returned (role included), and set again when it is opened. A visitor needs nothing set: a connection
/// fresh from the pool is already a visitor's (no actor, the portal's own role), so the public pages, the busiest,
/// pay no extra round trip per query. That rests on the pool's reset, which <see cref="PortalDatabase"/> refuses to
/// let a connection string turn off.
/// </summary>
public sealed class RowSecurityActorInterceptor : DbConnectionInterceptor
{
    public const string AgencyRole = "portal_agency";

    private const string SetActor =
        "SELECT set_config('role', coalesce((SELECT a.rolname::text FROM pg_roles a WHERE @actor = 'agency' AND a.rolname = '"
        + AgencyRole + "' AND pg_has_role(session_user, a.oid, 'MEMBER') AND NOT s.rolsuper AND NOT s.rolbypassrls), 'none'), false), "
        + "set_config('mp.actor', @actor, false), set_config('mp.user', @user, false), "
        + "set_config('mp.organization', @organization, false), set_config('mp.citizen', @citizen, false) "
        + "FROM pg_roles s WHERE s.rolname = session_user";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext { RowSecurityActor.IsVisitor: false } context)
        {
            using var command = Command(connection, context.RowSecurityActor);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext { RowSecurityActor.IsVisitor: false } context)
        {
            await using var command = Command(connection, context.RowSecurityActor);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbCommand Command(DbConnection connection, RowSecurityActor actor)
    {
        var command = connection.CreateCommand();
        command.CommandText = SetActor;
        Add(command, "actor", actor.Kind);
        Add(command, "user", actor.UserId?.ToString() ?? "");
        Add(command, "organization", actor.OrganizationId?.ToString() ?? "");
        Add(command, "citizen", actor.CitizenId?.ToString() ?? "");
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
