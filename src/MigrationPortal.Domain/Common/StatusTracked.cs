namespace MigrationPortal.Domain.Common;

/// <summary>
/// An entity whose status changes are recorded. Transitions queue a <see cref="StatusChange"/>;
/// the persistence layer writes the queued records in the same transaction as the change.
/// </summary>
public abstract class StatusTracked
{
    private readonly List<StatusChange> _pendingStatusChanges = [];

    public IReadOnlyList<StatusChange> TakePendingStatusChanges()
    {
        var taken = _pendingStatusChanges.ToList();
        _pendingStatusChanges.Clear();
        return taken;
    }

    protected void RecordStatusChange(Guid entityId, string? from, string to, Guid? by, DateTimeOffset at, string? reason) =>
        _pendingStatusChanges.Add(new StatusChange(GetType().Name, entityId, from, to, by, at, reason));
}
