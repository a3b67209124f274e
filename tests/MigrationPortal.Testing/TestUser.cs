using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Testing;

/// <summary>
/// A real account in the test database, usable to sign in over HTTP or as the current user of a slice. An account with
/// two-factor sign-in on carries its authenticator key, from which <see cref="Totp"/> makes the codes.
/// </summary>
public sealed record TestUser(Guid Id, string Email, string Password, UserKind AccountKind, Guid? Organization, Guid? Unit, string? AuthenticatorKey = null) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? UserId => Id;

    public UserKind? Kind => AccountKind;

    public Guid? OrganizationId => Organization;

    public Guid? UnitId => Unit;

    public Guid? CitizenId => AccountKind == UserKind.Citizen ? Id : null;
}
