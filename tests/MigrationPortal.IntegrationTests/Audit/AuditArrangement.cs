using System.Net;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Audit;

/// <summary>Audit rows written straight into the trail, for the log's filters and pages.</summary>
public static class AuditArrangement
{
    public static Task AddAsync(PortalFixture fixture, Guid viewer, Guid citizen, string action, DateTimeOffset at, string? subject = null, string? address = null) =>
        AddManyAsync(fixture, [(viewer, citizen, action, at, subject, address)]);

    public static async Task AddManyAsync(PortalFixture fixture, IEnumerable<(Guid Viewer, Guid Citizen, string Action, DateTimeOffset At, string? Subject, string? Address)> rows)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await fixture.WithDbAsync(async db =>
        {
            foreach (var row in rows)
            {
                db.PersonalDataAccesses.Add(new PersonalDataAccess(row.Viewer, row.Citizen, row.Action, row.Subject, row.At.ToUniversalTime(), row.Address is null ? null : IPAddress.Parse(row.Address)));
            }

            await db.SaveChangesAsync();
        });
    }
}
