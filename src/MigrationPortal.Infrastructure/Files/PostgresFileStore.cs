using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Files;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Files;

/// <summary>Files as bytea rows in the portal's own database (ADR-005).</summary>
public sealed class PostgresFileStore(PortalDbContext db, TimeProvider clock) : IFileStore
{
    public Guid Add(byte[] content)
    {
        var file = new StoredFile(Guid.CreateVersion7(), content, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        return file.Id;
    }

    public void Remove(Guid fileId)
    {
        var stub = new StoredFile(fileId, [], default);
        db.StoredFiles.Attach(stub);
        db.StoredFiles.Remove(stub);
    }

    public async Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken) =>
        await db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == fileId)
            .Select(f => f.Content)
            .SingleOrDefaultAsync(cancellationToken);
}
