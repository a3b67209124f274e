using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>Identity's sign-in, refusing the users of a suspended employer (they are told their account is disabled).</summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.OrganizationId is { } organization
            && await db.Employers.AsNoTracking().AnyAsync(e => e.Id == organization && e.Status == EmployerStatus.Suspended))
        {
            return false;
        }

        return await base.CanSignInAsync(user);
    }
}
