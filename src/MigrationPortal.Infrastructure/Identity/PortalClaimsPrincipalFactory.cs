using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>Puts the account's scope — kind, organization, unit — into the sign-in cookie's claims.</summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> userManager, RoleManager<PortalRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.Kind, user.Kind.ToString()));
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));

        // Rebuilt at every sign-in, refresh and security-stamp check, so it follows the account's own setting.
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaims.SecondFactor, "on"));
        }
        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganizationId, organizationId.ToString()));
        }

        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString()));
        }

        return identity;
    }
}
