using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Infrastructure.Identity;

/// <summary>
/// Time-based one-time codes as authenticator apps compute them (RFC 6238: HMAC-SHA1, 30-second steps,
/// six digits), with the step each code belongs to, so that a step once accepted can be refused after.
/// </summary>
public static class AuthenticatorCodes
{
    public const int StepSeconds = 30;

    /// <summary>Steps either side of now whose codes still pass, for phones whose clocks drift (the window Identity's own provider allows).</summary>
    public const int AllowedDrift = 2;

    private const int Modulus = 1_000_000;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static int Compute(ReadOnlySpan<byte> key, long step)
    {
        Span<byte> counter = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);

        // RFC 4226, dynamic truncation: four bytes from the offset the last nibble names, top bit cleared.
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % Modulus;
    }

    /// <summary>The latest step within the allowed drift of <paramref name="nowStep"/> whose code <paramref name="code"/> is, if any.</summary>
    public static long? MatchingStep(ReadOnlySpan<byte> key, int code, long nowStep)
    {
        for (var step = nowStep + AllowedDrift; step >= nowStep - AllowedDrift; step--)
        {
            if (Compute(key, step) == code)
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The code as typed (<see cref="AuthenticatorCode.TryNormalize"/>), as a number.</summary>
    public static bool TryParseCode(string? typed, out int code)
    {
        code = 0;
        return AuthenticatorCode.TryNormalize(typed, out var digits)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
    }

    /// <summary>An authenticator key (RFC 4648 base32, as Identity stores it and apps read it) as bytes; case, spaces and padding ignored.</summary>
    public static byte[] DecodeKey(string base32)
    {
        ArgumentNullException.ThrowIfNull(base32);
        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32)
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("An authenticator key holds only base32 letters and digits.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
