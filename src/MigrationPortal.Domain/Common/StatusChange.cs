namespace MigrationPortal.Domain.Common;

/// <summary>
/// A recorded status change: who, when, from, to, why (docs/design/domain.md, The workflows: each status change is recorded).
/// </summary>
public sealed class StatusChange
{
    private StatusChange()
    {
    }

    public StatusChange(string entityType, Guid entityId, string? fromStatus, string toStatus, Guid? changedBy, DateTimeOffset changedAt, string? reason)
    {
        EntityType = entityType;
        EntityId = entityId;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Reason = reason;
    }

    public long Id { get; private set; }

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public string? FromStatus { get; private set; }

    public string ToStatus { get; private set; } = "";

    public Guid? ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Reason { get; private set; }
}
