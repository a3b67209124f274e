using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Common;

/// <summary>
/// The signed-in user's scope, read from the authenticated claims only — never from a URL or a form field.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    UserKind? Kind { get; }

    /// <summary>The partner employer an employer user belongs to.</summary>
    Guid? OrganizationId { get; }

    /// <summary>The agency unit an officer or supervisor belongs to.</summary>
    Guid? UnitId { get; }

    /// <summary>The citizen an account belongs to (the account's own id for citizens).</summary>
    Guid? CitizenId { get; }
}

public static class CurrentUserExtensions
{
    public static Guid RequireUserId(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UserId ?? throw new AccessDeniedException();
    }

    public static Guid RequireOrganizationId(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user is { Kind: { } kind, OrganizationId: { } organizationId } && kind.IsEmployer()
            ? organizationId
            : throw new AccessDeniedException();
    }

    public static void RequireKind(this ICurrentUser user, params UserKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Kind is not { } kind || !kinds.Contains(kind))
        {
            throw new AccessDeniedException();
        }
    }
}
