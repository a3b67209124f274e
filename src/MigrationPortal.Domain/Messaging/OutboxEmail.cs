namespace MigrationPortal.Domain.Messaging;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as the change it reports,
/// so a notice is never lost; the dispatcher retries a failed send with a growing delay.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 10;

    private OutboxEmail()
    {
    }

    public OutboxEmail(Guid id, string to, string subject, string textBody, DateTimeOffset createdAt)
    {
        Id = id;
        To = to;
        Subject = subject;
        TextBody = textBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The type of the last failure (never its message: it may quote the recipient).</summary>
    public string? LastError { get; private set; }

    /// <summary>Records the send and forgets the body: it may hold a password link, which must not outlive the email.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
        TextBody = string.Empty;
    }

    /// <summary>Schedules the next try: 1, 2, 4 … minutes after this one, capped at six hours.</summary>
    public void MarkFailed(DateTimeOffset at, string errorType)
    {
        Attempts++;
        LastError = errorType;
        var delayMinutes = Math.Min(360, Math.Pow(2, Attempts - 1));
        NextAttemptAt = at.AddMinutes(delayMinutes);
    }
}
