using System.Security.Claims;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Web.Security;

/// <summary>
/// The signed-in user's scope, read from the authentication cookie's claims only. Read on each access, not
/// when created: Identity's cookie validation can create the request's services before the user is known.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public bool IsAuthenticated => Principal is not null;

    public Guid? UserId => ParseGuid(Principal?.FindFirstValue(ClaimTypes.NameIdentifier));

    public UserKind? Kind => Enum.TryParse<UserKind>(Principal?.FindFirstValue(PortalClaims.Kind), out var kind) ? kind : null;

    public Guid? OrganizationId => ParseGuid(Principal?.FindFirstValue(PortalClaims.OrganizationId));

    public Guid? UnitId => ParseGuid(Principal?.FindFirstValue(PortalClaims.UnitId));

    public Guid? CitizenId => Kind == UserKind.Citizen ? UserId : null;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
