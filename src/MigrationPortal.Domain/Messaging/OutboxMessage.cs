namespace MigrationPortal.Domain.Messaging;

/// <summary>
/// A message waiting to be sent (an email or an SMS). It is written in the same transaction as the change it reports,
/// so it is never lost; the dispatcher retries a failed send with a growing delay.
/// </summary>
public abstract class OutboxMessage
{
    public const int MaxAttempts = 10;

    protected OutboxMessage()
    {
    }

    protected OutboxMessage(Guid id, DateTimeOffset createdAt)
    {
        Id = id;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The type of the last failure (never its message: it may quote the recipient).</summary>
    public string? LastError { get; private set; }

    /// <summary>Records the send and forgets the text: it may hold a password link or a code, which must not outlive the message.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
        ForgetText();
    }

    /// <summary>Schedules the next try: 1, 2, 4 … minutes after this one, capped at six hours.</summary>
    public void MarkFailed(DateTimeOffset at, string errorType)
    {
        Attempts++;
        LastError = errorType;
        var delayMinutes = Math.Min(360, Math.Pow(2, Attempts - 1));
        NextAttemptAt = at.AddMinutes(delayMinutes);
    }

    protected abstract void ForgetText();
}
