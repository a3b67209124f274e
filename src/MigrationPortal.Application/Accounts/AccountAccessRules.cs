using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Whether an account may be used: an administrator disables a staff or employer account (Identity's lockout to the
/// end of time, and a new security stamp, so its open sessions end at their next request), enables it again, or lifts
/// a lockout. Each change is recorded like any status change: who, whom, when, from, to, why.
/// </summary>
public static class AccountAccessRules
{
    public const string RecordType = "Account";
    public const string Active = "Active";
    public const string Disabled = "Disabled";
    public const string Locked = "Locked";

    /// <summary>Identity's mark of an account that no password opens (ASP.NET Core Identity's convention).</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DisabledUntil;

    public static string StateOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? Disabled : lockoutEnd > now ? Locked : Active;

    /// <summary>
    /// The moves an administrator may make: disable an open staff or employer account other than their own (citizens
    /// are never shut out here), enable a disabled one, lift a lockout.
    /// </summary>
    public static bool Allows(AccountAccessChange change, string state, UserKind kind, bool ownAccount) => change switch
    {
        AccountAccessChange.Disable => state != Disabled && kind != UserKind.Citizen && !ownAccount,
        AccountAccessChange.Enable => state == Disabled,
        _ => state == Locked,
    };
}
