using Microsoft.AspNetCore.Identity;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>A portal account. Its kind is also its single role; the scope it carries becomes claims at sign-in.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public UserKind Kind { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>The partner employer of an employer user.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The agency unit of an officer or supervisor.</summary>
    public Guid? UnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language the user last used the portal in; notices by email are written in it.</summary>
    public string PreferredCulture { get; set; } = "uz-Latn";

    /// <summary>
    /// The last authenticator time step accepted for this account: a code of that step or an earlier one is refused
    /// (docs/design/quality.md, Identity: a code is accepted once only). Written only by a conditional UPDATE, never by a save.
    /// </summary>
    public long? AuthenticatorLastStep { get; private set; }
}

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }
}

/// <summary>Claim types the portal adds to the signed-in principal.</summary>
public static class PortalClaims
{
    public const string Kind = "mp:kind";
    public const string OrganizationId = "mp:org";
    public const string UnitId = "mp:unit";
    public const string FullName = "mp:name";

    /// <summary>Present when the account has two-factor sign-in turned on.</summary>
    public const string SecondFactor = "mp:2fa";
}

/// <summary>
/// The two kinds of password link: a reset asked for by the user lives hours, an invitation to a new staff
/// account lives days (an administrator may create it on a Friday).
/// </summary>
public static class AccountTokens
{
    public const string InvitationProvider = "Invitation";
    public const string InvitationPurpose = "Invitation";
    public static readonly TimeSpan ResetLifespan = TimeSpan.FromHours(2);
    public static readonly TimeSpan InvitationLifespan = TimeSpan.FromDays(3);
}
