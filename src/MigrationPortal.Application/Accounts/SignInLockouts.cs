using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace MigrationPortal.Application.Accounts;

/// <summary>
/// Failed password checks counted per (account name, client address): five within a quarter of an hour lock that
/// client out of that name for a quarter of an hour. A stranger elsewhere cannot lock an officer out of their branch,
/// and an unknown name locks exactly like a known one, so the lock tells nothing about which accounts exist. What
/// stops many addresses grinding one account is <see cref="AccountAttemptThrottle"/>; staff also have a second factor.
/// </summary>
public sealed class SignInLockouts(TimeProvider clock) : IDisposable
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Bounded, so that a spray of invented names cannot exhaust the portal's memory: the oldest go first.
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    public bool IsLockedOut(string login, IPAddress? client) =>
        _entries.TryGetValue(KeyOf(login, client), out Tally? tally) && tally!.LockedUntil(clock.GetUtcNow()) is not null;

    public void RecordFailure(string login, IPAddress? client)
    {
        var now = clock.GetUtcNow();
        var tally = _entries.GetOrCreate(KeyOf(login, client), entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Window * 2;
            return new Tally();
        })!;
        tally.Fail(now);
    }

    public void RecordSuccess(string login, IPAddress? client) => _entries.Remove(KeyOf(login, client));

    public void Dispose() => _entries.Dispose();

    private static string KeyOf(string login, IPAddress? client) =>
        $"{AccountAttemptThrottle.KeyOf(login)}|{client ?? IPAddress.None}";

    private sealed class Tally
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _windowStart;
        private int _failures;
        private DateTimeOffset? _lockedUntil;

        public DateTimeOffset? LockedUntil(DateTimeOffset now)
        {
            lock (_gate)
            {
                return _lockedUntil > now ? _lockedUntil : null;
            }
        }

        public void Fail(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (now - _windowStart > Window || _lockedUntil <= now)
                {
                    _windowStart = now;
                    _failures = 0;
                    _lockedUntil = null;
                }

                _failures++;
                if (_failures >= MaxFailures)
                {
                    _lockedUntil = now + Window;
                }
            }
        }
    }
}
