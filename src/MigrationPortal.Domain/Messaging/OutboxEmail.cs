namespace MigrationPortal.Domain.Messaging;

/// <summary>An email waiting to be sent (<see cref="OutboxMessage"/>).</summary>
public sealed class OutboxEmail : OutboxMessage
{
    private OutboxEmail()
    {
    }

    public OutboxEmail(Guid id, string to, string subject, string textBody, DateTimeOffset createdAt)
        : base(id, createdAt)
    {
        To = to;
        Subject = subject;
        TextBody = textBody;
    }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    protected override void ForgetText() => TextBody = string.Empty;
}
