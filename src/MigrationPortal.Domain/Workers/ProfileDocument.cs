using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Workers;

/// <summary>One uploaded document of a profile; one per kind, replaced by uploading again. The bytes live in the file store.</summary>
public sealed class ProfileDocument : ICitizenOwned
{
    private ProfileDocument()
    {
    }

    public ProfileDocument(Guid id, Guid profileId, DocumentKind kind, StoredFileInfo file, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(file);
        Id = id;
        ProfileId = profileId;
        CitizenId = profileId;
        Kind = kind;
        Replace(file, uploadedAt);
    }

    public Guid Id { get; private set; }

    public Guid CitizenId { get; set; }

    public Guid ProfileId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public Guid FileId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public void Replace(StoredFileInfo file, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(file);
        FileId = file.FileId;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Length = file.Length;
        UploadedAt = uploadedAt;
    }
}

/// <summary>A file as the file store keeps it, with the name and type the portal checked.</summary>
public sealed record StoredFileInfo(Guid FileId, string FileName, string ContentType, long Length);
