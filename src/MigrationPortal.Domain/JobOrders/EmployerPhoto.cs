using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.JobOrders;

public enum PhotoSubject
{
    Workplace,
    Housing,
}

/// <summary>A photo of an employer's workplace or housing, shown on its vacancies; the bytes live in the file store.</summary>
public sealed class EmployerPhoto : IEmployerOwned
{
    private EmployerPhoto()
    {
    }

    public EmployerPhoto(Guid id, Guid fileId, PhotoSubject subject, string caption, string contentType, DateTimeOffset uploadedAt)
    {
        Id = id;
        FileId = fileId;
        Subject = subject;
        Caption = caption.Trim();
        ContentType = contentType;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; set; }

    public Guid FileId { get; private set; }

    public PhotoSubject Subject { get; private set; }

    public string Caption { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }
}
