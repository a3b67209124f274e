using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Workers;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Security;

/// <summary>
/// Encrypts with Data Protection (AES-256-CBC + HMAC-SHA256, keys in the database's key ring) and hashes with
/// a 256-bit key that is itself kept in the database, protected by the same key ring. Rotating Data Protection
/// keys leaves old ciphertexts readable; the look-up key never rotates, or every hash would have to be redone.
/// </summary>
public sealed class PersonalNumberProtector(IDataProtectionProvider provider, PortalDbContext db, LookupKeyCache cache) : IPersonalNumberProtector
{
    private const string Purpose = "MigrationPortal.PersonalData.v1";
    private const string LookupKeyName = "personal-data-lookup-v1";
    private const string LookupKeyPurpose = "MigrationPortal.LookupKey.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public async Task<SealedValue> SealAsync(PersonalNumberKind kind, string value, CancellationToken cancellationToken) =>
        new(_protector.Protect(value), await LookupHashAsync(kind, value, cancellationToken));

    public async Task<byte[]> LookupHashAsync(PersonalNumberKind kind, string value, CancellationToken cancellationToken)
    {
        var key = await cache.GetAsync(LoadOrCreateKeyAsync, cancellationToken);
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{kind}:{value}"));
    }

    public string Unseal(string cipher) => _protector.Unprotect(cipher);

    private async Task<byte[]> LoadOrCreateKeyAsync(CancellationToken cancellationToken)
    {
        var keyProtector = provider.CreateProtector(LookupKeyPurpose);
        var candidate = keyProtector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        // Two instances starting at once both try; the first insert wins and both read the same key.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO protected_secrets (name, value) VALUES ({LookupKeyName}, {candidate}) ON CONFLICT (name) DO NOTHING",
            cancellationToken);
        var stored = await db.Database
            .SqlQuery<string>($"SELECT value AS \"Value\" FROM protected_secrets WHERE name = {LookupKeyName}")
            .SingleAsync(cancellationToken);
        return Convert.FromBase64String(keyProtector.Unprotect(stored));
    }
}

/// <summary>Holds the look-up key once read, for the life of the process.</summary>
public sealed class LookupKeyCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetAsync(Func<CancellationToken, Task<byte[]>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_key is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await load(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
