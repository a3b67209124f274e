namespace MigrationPortal.Domain.Messaging;

/// <summary>
/// A text message waiting to be sent (<see cref="OutboxMessage"/>) to a number in the international form (+998…). Its text
/// holds nothing personal beyond a one-time code and the portal's name, and is forgotten once sent.
/// </summary>
public sealed class OutboxSms : OutboxMessage
{
    public const int MaxTextLength = 320;

    private OutboxSms()
    {
    }

    public OutboxSms(Guid id, string to, string text, DateTimeOffset createdAt)
        : base(id, createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"An SMS text is at most {MaxTextLength} characters.");
        }

        To = to;
        Text = text;
    }

    public string To { get; private set; } = "";

    public string Text { get; private set; } = "";

    protected override void ForgetText() => Text = string.Empty;
}
