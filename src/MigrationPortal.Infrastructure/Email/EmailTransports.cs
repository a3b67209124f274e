using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "no-reply@migration.uz";

    public string FromName { get; set; } = "MigrationPortal";

    /// <summary>SMTP host; when empty, mail is written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string PickupDirectory { get; set; } = Path.Combine(".data", "mail");

    public int PollSeconds { get; set; } = 5;
}

/// <summary>Delivers one email; throws when it could not.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? "localhost", settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Writes each email as an .eml file: development and closed networks without a mail relay.</summary>
public sealed class PickupDirectoryEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{message.MessageId}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}

internal static class OutboxMessages
{
    public static MimeMessage ToMime(OutboxEmail email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:N}@migrationportal",
            Subject = email.Subject,
            Body = new TextPart("plain") { Text = email.TextBody },
            Date = email.CreatedAt,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }
}
