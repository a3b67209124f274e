using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>Notices by email are written in the language the user last signed in with.</summary>
public static class SignInCulture
{
    public static async Task RememberAsync(UserManager<PortalUser> userManager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(userManager);
        ArgumentNullException.ThrowIfNull(user);
        var culture = CultureInfo.CurrentUICulture.Name;
        if (user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await userManager.UpdateAsync(user);
        }
    }
}
