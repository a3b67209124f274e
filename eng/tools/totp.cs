// The current six-digit code of an authenticator key, as an authenticator app would show it (RFC 6238:
// HMAC-SHA1, 30-second steps), for signing in to a local portal: the demo staff accounts' key is in README.md.
// Run through eng/totp.sh; a .NET 10 file-based app, so it needs nothing but the SDK.
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: eng/totp.sh KEY   (the key in base32, spaces allowed)");
    return 2;
}

const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var key = new List<byte>();
int buffer = 0, bits = 0;
foreach (var c in args[0].ToUpperInvariant())
{
    if (c is ' ' or '=' or '-')
    {
        continue;
    }

    var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
    if (value < 0)
    {
        await Console.Error.WriteLineAsync($"'{c}' is not a base32 letter (A-Z, 2-7)");
        return 2;
    }

    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8)
    {
        bits -= 8;
        key.Add((byte)(buffer >> bits));
        buffer &= (1 << bits) - 1;
    }
}

var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
var counter = new byte[8];
BinaryPrimitives.WriteInt64BigEndian(counter, now / 30);
var hash = HMACSHA1.HashData(key.ToArray(), counter);
var offset = hash[^1] & 0x0f;
var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
Console.WriteLine(code.ToString("D6", CultureInfo.InvariantCulture));
await Console.Error.WriteLineAsync($"valid for {30 - (now % 30)} more seconds; each code signs in once");
return 0;
