using System.Security.Claims;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Web.Security;

/// <summary>The signed-in user's scope, read from the authentication cookie's claims only.</summary>
public sealed class HttpCurrentUser : ICurrentUser
{
    public HttpCurrentUser(IHttpContextAccessor accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        var principal = accessor.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        IsAuthenticated = true;
        UserId = ParseGuid(principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Kind = Enum.TryParse<UserKind>(principal.FindFirstValue(PortalClaims.Kind), out var kind) ? kind : null;
        OrganizationId = ParseGuid(principal.FindFirstValue(PortalClaims.OrganizationId));
        UnitId = ParseGuid(principal.FindFirstValue(PortalClaims.UnitId));
        CitizenId = Kind == UserKind.Citizen ? UserId : null;
    }

    public bool IsAuthenticated { get; }

    public Guid? UserId { get; }

    public UserKind? Kind { get; }

    public Guid? OrganizationId { get; }

    public Guid? UnitId { get; }

    public Guid? CitizenId { get; }

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
