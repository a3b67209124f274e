namespace MigrationPortal.Domain.Messaging;

/// <summary>
/// An in-app notice to one user. The text is a resource key with arguments, so the user reads it in whatever
/// language they use when they open the list.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid id, Guid userId, string messageKey, IReadOnlyList<string> arguments, string? link, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Id = id;
        UserId = userId;
        MessageKey = messageKey;
        Arguments = [.. arguments];
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string MessageKey { get; private set; } = "";

    public List<string> Arguments { get; private set; } = [];

    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
