using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers;

/// <summary>
/// Seals personal numbers (PINFL, passport) before they reach the database: authenticated encryption with keys
/// from ASP.NET Core Data Protection, and a keyed hash (HMAC-SHA256) for look-ups and uniqueness.
/// </summary>
public interface IPersonalNumberProtector
{
    Task<SealedValue> SealAsync(PersonalNumberKind kind, string value, CancellationToken cancellationToken);

    Task<byte[]> LookupHashAsync(PersonalNumberKind kind, string value, CancellationToken cancellationToken);

    string Unseal(string cipher);
}

public enum PersonalNumberKind
{
    Pinfl,
    Passport,
}
