using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MigrationPortal.Domain.Identity;

/// <summary>What a one-time code sent to a phone proves.</summary>
public enum PhoneCodePurpose
{
    /// <summary>The number a citizen registered with is theirs.</summary>
    Registration = 1,

    /// <summary>The new number a user changes to is theirs.</summary>
    PhoneChange = 2,

    /// <summary>The person resetting a phone-only account's password holds its phone.</summary>
    PasswordReset = 3,

    /// <summary>The citizen registered at a branch holds the phone; the code read out to the officer is also their consent.</summary>
    AssistedRegistration = 4,
}

/// <summary>The answer to a code someone typed.</summary>
public enum PhoneCodeCheck
{
    Accepted,

    /// <summary>Not the code; tries remain.</summary>
    Wrong,

    /// <summary>Ten minutes have passed; a new code must be asked for.</summary>
    Expired,

    /// <summary>Five wrong tries: the code is dead, a new one must be asked for.</summary>
    TooManyTries,

    /// <summary>Already used once.</summary>
    Used,
}

/// <summary>
/// A one-time code sent by SMS (issue 12): six digits, valid ten minutes, good once, dead after five wrong tries. Only a hash
/// of the code is kept, salted with the code's own id, so the table does not hand out codes that are still valid.
/// </summary>
public sealed class PhoneCode
{
    public const int Digits = 6;
    public const int MaxTries = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private PhoneCode()
    {
    }

    private PhoneCode(Guid id, string phone, PhoneCodePurpose purpose, Guid? userId, string code, DateTimeOffset at, IPAddress? client)
    {
        Id = id;
        Phone = phone;
        Purpose = purpose;
        UserId = userId;
        ClientAddress = client;
        CodeHash = Hash(id, code);
        CreatedAt = at;
        ExpiresAt = at + Lifetime;
    }

    public Guid Id { get; private set; }

    /// <summary>The number in its compact form (+998XXXXXXXXX, <see cref="UzbekPhoneNumber"/>).</summary>
    public string Phone { get; private set; } = "";

    public PhoneCodePurpose Purpose { get; private set; }

    /// <summary>The account the code is for, when there is one yet.</summary>
    public Guid? UserId { get; private set; }

    public byte[] CodeHash { get; private set; } = [];

    /// <summary>The address the request for the code came from, when known: one client may ask only so many codes an hour.</summary>
    public IPAddress? ClientAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int FailedTries { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Makes a code of <see cref="Digits"/> random digits; the plain code is returned once, to be sent, and never stored.</summary>
    public static (PhoneCode Code, string Plain) Issue(string phone, PhoneCodePurpose purpose, Guid? userId, DateTimeOffset at, IPAddress? client = null)
    {
        if (!UzbekPhoneNumber.TryNormalize(phone, out var normalized) || normalized != phone)
        {
            throw new ArgumentException("The phone number must be in its compact form.", nameof(phone));
        }

        var plain = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return (new PhoneCode(Guid.CreateVersion7(), phone, purpose, userId, plain, at, client), plain);
    }

    /// <summary>Whether the code still counts for anything: unused, not expired, tries left.</summary>
    public bool IsLive(DateTimeOffset at) => UsedAt is null && at < ExpiresAt && FailedTries < MaxTries;

    /// <summary>Checks what was typed (spaces allowed); a right code is used up, a wrong one spends a try.</summary>
    public PhoneCodeCheck Check(string? typed, DateTimeOffset at)
    {
        if (UsedAt is not null)
        {
            return PhoneCodeCheck.Used;
        }

        if (at >= ExpiresAt)
        {
            return PhoneCodeCheck.Expired;
        }

        if (FailedTries >= MaxTries)
        {
            return PhoneCodeCheck.TooManyTries;
        }

        var digits = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length == Digits && digits.All(char.IsAsciiDigit) && CryptographicOperations.FixedTimeEquals(Hash(Id, digits), CodeHash))
        {
            UsedAt = at;
            return PhoneCodeCheck.Accepted;
        }

        FailedTries++;
        return FailedTries >= MaxTries ? PhoneCodeCheck.TooManyTries : PhoneCodeCheck.Wrong;
    }

    /// <summary>The tries a wrong answer leaves.</summary>
    public int TriesLeft => Math.Max(0, MaxTries - FailedTries);

    private static byte[] Hash(Guid id, string code) => SHA256.HashData([.. id.ToByteArray(), .. Encoding.ASCII.GetBytes(code)]);
}
