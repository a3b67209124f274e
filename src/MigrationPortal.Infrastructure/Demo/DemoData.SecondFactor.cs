using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Demo;

public static partial class DemoData
{
    /// <summary>
    /// The authenticator key of every demo staff account, documented in the README so that anyone can sign in as
    /// every role: <c>eng/totp.sh DEMO2FAMIGRATIONPORTALUZBEKISTAN</c> prints the current code. Demo data only.
    /// </summary>
    public const string StaffAuthenticatorKey = "DEMO2FAMIGRATIONPORTALUZBEKISTAN";

    /// <summary>The demo accounts that must sign in with a second factor (docs/design/quality.md, Identity).</summary>
    public static readonly IReadOnlyList<string> StaffEmails =
    [
        "admin@demo.migration.uz",
        "supervisor@demo.migration.uz",
        "officer.samarkand@demo.migration.uz",
        "officer.tashkent@demo.migration.uz",
        "officer.seoul@demo.migration.uz",
        "admin@daesung.example",
        "admin@volgastroy.example",
    ];

    // Also turns it on for demo databases seeded before two-factor sign-in existed; an account that has it on is left alone.
    private static async Task SeedStaffSecondFactorAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var keys = (IUserAuthenticatorKeyStore<PortalUser>)services.GetRequiredService<IUserStore<PortalUser>>();
        foreach (var email in StaffEmails)
        {
            if (await users.FindByEmailAsync(email) is not { TwoFactorEnabled: false } user)
            {
                continue;
            }

            await keys.SetAuthenticatorKeyAsync(user, StaffAuthenticatorKey, CancellationToken.None);
            var enabled = await users.SetTwoFactorEnabledAsync(user, true);
            if (!enabled.Succeeded)
            {
                throw new InvalidOperationException($"Two-factor sign-in could not be turned on for a demo account: {string.Join(", ", enabled.Errors.Select(e => e.Code))}");
            }

            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.AuthenticatorLastStep, (long?)null));
        }
    }
}
