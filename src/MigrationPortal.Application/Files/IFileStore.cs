namespace MigrationPortal.Application.Files;

/// <summary>
/// Where uploaded files' bytes live (ADR-005: in PostgreSQL). Adding and removing join the caller's unit of work,
/// so a document row and its bytes are saved, or not, together.
/// </summary>
public interface IFileStore
{
    Guid Add(byte[] content);

    void Remove(Guid fileId);

    Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken);
}
