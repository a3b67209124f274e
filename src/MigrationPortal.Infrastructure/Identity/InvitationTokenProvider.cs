using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>Options of the invitation link's token, kept apart from the reset token's shorter lifespan.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = AccountTokens.InvitationProvider;
        TokenLifespan = AccountTokens.InvitationLifespan;
    }
}

/// <summary>Signs invitation links; like a reset token, it is void once the password (and so the security stamp) changes.</summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(dataProtectionProvider, options, logger);
