using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MigrationPortal.Testing;

/// <summary>
/// An authenticator app for the tests, written apart from the portal's own code so that each checks the other:
/// RFC 6238 codes (HMAC-SHA1, 30-second steps, six digits) from a base32 key (RFC 4648).
/// </summary>
public static class Totp
{
    private const string Base32Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static readonly ConcurrentDictionary<Guid, long> LastStepUsed = new();

    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> SignInTurns = new();

    /// <summary>The time step a moment falls in: whole 30-second periods since 1970.</summary>
    public static long StepAt(DateTimeOffset moment) => (long)Math.Floor((moment - DateTimeOffset.UnixEpoch).TotalSeconds / 30);

    public static long CurrentStep => StepAt(DateTimeOffset.UtcNow);

    /// <summary>The code of a step, with as many digits as asked (RFC 6238's test vectors have eight).</summary>
    public static string Code(byte[] secret, long step, int digits = 6)
    {
        var message = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        using var hmac = new HMACSHA1(secret);
        var hash = hmac.ComputeHash(message);
        var offset = hash[19] & 0xf;
        var number = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (number % modulus).ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Code(string base32Key, long step) => Code(FromBase32(base32Key), step);

    /// <summary>The code an app would show now.</summary>
    public static string CurrentCode(string base32Key) => Code(base32Key, CurrentStep);

    /// <summary>
    /// A code for the user that the portal has not yet seen: the portal takes each step once per account, and a
    /// test may sign one user in several times. Steps from one before now to one after now, all within the drift the
    /// portal allows even when the clock ticks over between here and there: three sign-ins a user every 30 seconds.
    /// </summary>
    public static string NextCode(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = user.AuthenticatorKey ?? throw new InvalidOperationException($"{user.Email} has no authenticator key.");
        var now = CurrentStep;
        var step = LastStepUsed.AddOrUpdate(user.Id, now - 1, (_, last) => Math.Max(now - 1, last + 1));
        if (step > now + 1)
        {
            throw new InvalidOperationException($"{user.Email} signed in more than three times within 30 seconds: the portal would refuse a code of a step it has seen.");
        }

        return Code(key, step);
    }

    /// <summary>
    /// One code sign-in of a user at a time: the portal takes only a step later than the last it took, so of two
    /// sign-ins racing with consecutive codes the later code arriving first would lock the earlier one out.
    /// </summary>
    public static SemaphoreSlim SignInTurn(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SignInTurns.GetOrAdd(user.Id, _ => new SemaphoreSlim(1, 1));
    }

    /// <summary>Notes that a test used this step of the user's key itself, so that <see cref="NextCode"/> moves past it.</summary>
    public static void MarkUsed(TestUser user, long step)
    {
        ArgumentNullException.ThrowIfNull(user);
        LastStepUsed.AddOrUpdate(user.Id, step, (_, last) => Math.Max(step, last));
    }

    /// <summary>A new random key, as Identity makes them: 20 bytes, 32 base32 letters.</summary>
    public static string NewKey() => ToBase32(RandomNumberGenerator.GetBytes(20));

    public static string ToBase32(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var at = bit + i;
                value <<= 1;
                if (at < bytes.Length * 8 && (bytes[at / 8] & (0x80 >> (at % 8))) != 0)
                {
                    value |= 1;
                }
            }

            text.Append(Base32Letters[value]);
        }

        return text.ToString();
    }

    public static byte[] FromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new byte[letters.Length * 5 / 8];
        for (var i = 0; i < bytes.Length * 8; i++)
        {
            var value = Base32Letters.IndexOf(letters[i / 5], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{letters[i / 5]}' is no base32 letter.");
            }

            if ((value & (0x10 >> (i % 5))) != 0)
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return bytes;
    }
}
