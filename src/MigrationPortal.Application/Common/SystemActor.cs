using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Common;

/// <summary>
/// Who acts when no person does: start-up seeding and background jobs. It has the agency's view, so it
/// must name the organization of any employer row it writes (ADR-003).
/// </summary>
public sealed class SystemActor : ICurrentUser
{
    public static readonly SystemActor Instance = new();

    private SystemActor()
    {
    }

    public bool IsAuthenticated => true;

    public Guid? UserId => null;

    public UserKind? Kind => UserKind.Administrator;

    public Guid? OrganizationId => null;

    public Guid? UnitId => null;

    public Guid? CitizenId => null;
}

/// <summary>Set in a service scope that runs outside a request, before anything in it asks for the current user.</summary>
public sealed class ActorOverride
{
    public ICurrentUser? Actor { get; set; }
}
