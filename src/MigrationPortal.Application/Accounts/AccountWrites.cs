using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Accounts;

/// <summary>Creates an account in its role, in one transaction with whatever else the use case writes.</summary>
internal static class AccountWrites
{
    public static async Task CreateAsync(
        IPortalDbContext db,
        UserManager<PortalUser> userManager,
        PortalUser user,
        string? password,
        Func<Task>? alsoWrite,
        CancellationToken cancellationToken,
        PortalUser? replacing = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (replacing is not null)
        {
            ThrowIfFailed(await userManager.DeleteAsync(replacing));
        }

        var created = password is null
            ? await userManager.CreateAsync(user)
            : await userManager.CreateAsync(user, password);
        ThrowIfFailed(created);
        ThrowIfFailed(await userManager.AddToRoleAsync(user, user.Kind.ToString()));
        if (alsoWrite is not null)
        {
            await alsoWrite();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>An Identity refusal becomes a validation failure the form shows next to its field.</summary>
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        // Duplicates race past the validators only under concurrent registration; the unique index decides.
        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
            e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email",
            e.Description)
        {
            // Mapped to the portal's own codes, so the message reaches the user in their language.
            ErrorCode = e.Code.StartsWith("Duplicate", StringComparison.Ordinal) ? ErrorCodes.AccountTaken
                : e.Code.StartsWith("Password", StringComparison.Ordinal) ? ErrorCodes.PasswordWeak
                : e.Code,
        }));
    }
}
