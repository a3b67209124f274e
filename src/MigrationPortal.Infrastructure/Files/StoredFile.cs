namespace MigrationPortal.Infrastructure.Files;

/// <summary>The bytes of an uploaded file, kept in PostgreSQL beside the row that points to them (ADR-005).</summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(Guid id, byte[] content, DateTimeOffset storedAt)
    {
        Id = id;
        Content = content;
        StoredAt = storedAt;
    }

    public Guid Id { get; private set; }

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset StoredAt { get; private set; }
}
