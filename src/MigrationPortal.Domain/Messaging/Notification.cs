namespace MigrationPortal.Domain.Messaging;

/// <summary>
/// An in-app notice to one user. The text is a resource key with arguments, so the user reads it in whatever
/// language they use when they open the list; it stores what it points at, never a URL.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid id, Guid userId, string messageKey, IReadOnlyList<string> arguments, NoticeTarget target, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Id = id;
        UserId = userId;
        MessageKey = messageKey;
        Arguments = [.. arguments];
        TargetKind = target.Kind;
        TargetId = target.Id;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string MessageKey { get; private set; } = "";

    public List<string> Arguments { get; private set; } = [];

    public NoticeTargetKind TargetKind { get; private set; }

    public Guid TargetId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
