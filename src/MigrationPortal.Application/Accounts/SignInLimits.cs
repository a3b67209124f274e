using System.Threading.RateLimiting;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>How many password checks the portal allows (docs/design/quality.md, Performance: each costs ~90 ms of CPU, so they are rationed).</summary>
public sealed class SignInThrottlingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Posts to a password form per client address per window.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Password checks of one account name per window, whatever the addresses they come from.</summary>
    public int AccountPermitLimit { get; set; } = 20;

    public int AccountWindowSeconds { get; set; } = 900;

    /// <summary>
    /// One-time codes by SMS one client address may ask for in an hour, to any numbers (issue 12). A branch's public network
    /// serves many citizens, so this is well above what one person needs; the per-number limits are in <see cref="PhoneCodes"/>.
    /// </summary>
    public int SmsCodesPerClientPerHour { get; set; } = 20;
}

/// <summary>
/// The second limit: password checks per account name, so that many addresses cannot grind one account. The name is
/// the one typed (an email, a phone number in any spelling), normalized, whether or not such an account exists.
/// </summary>
public sealed class AccountAttemptThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptThrottle(Microsoft.Extensions.Options.IOptions<SignInThrottlingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetSlidingWindowLimiter(account, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.AccountPermitLimit,
            Window = TimeSpan.FromSeconds(limits.AccountWindowSeconds),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
    }

    /// <summary>The key an account name counts under: the phone number in its one spelling, otherwise the name in upper case.</summary>
    public static string KeyOf(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        var trimmed = login.Trim();
        return UzbekPhoneNumber.TryNormalizeAsWritten(trimmed, out var phone) ? phone : trimmed.ToUpperInvariant();
    }

    /// <summary>True when one more check of this account name is allowed now.</summary>
    public bool TryAcquire(string login)
    {
        using var lease = _limiter.AttemptAcquire(KeyOf(login));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
