using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>
/// Puts the account's scope — kind, organization, unit — into the sign-in cookie's claims. A citizen's principal is
/// made only for the citizen's own sessions, whichever way they sign in, so this is also where an account opened at a
/// branch is taken over: from the citizen's first sign-in no officer acts on it again (issue 12).
/// </summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> userManager, RoleManager<PortalRole> roleManager, IOptions<IdentityOptions> options, IPortalDbContext db, TimeProvider clock)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.Kind == UserKind.Citizen)
        {
            await db.Database.ExecuteSqlAsync($"SELECT rls_take_over_assisted({user.Id}, {clock.GetUtcNow()})");
        }

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
