using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Infrastructure.Messaging;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Sms;

public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The provider's HTTP endpoint; when empty, messages are written as files to <see cref="PickupDirectory"/>.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Sent as a bearer token to the gateway.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name the provider shows, as registered with it.</summary>
    public string Sender { get; set; } = "MigrationPortal";

    public string PickupDirectory { get; set; } = Path.Combine(".data", "sms");

    public int PollSeconds { get; set; } = 5;
}

/// <summary>Delivers one text message; throws when it could not.</summary>
public interface ISmsTransport
{
    Task SendAsync(OutboxSms sms, CancellationToken cancellationToken);
}

/// <summary>Writes each message as a text file (the number on the first line, the text after a blank line): development and closed networks.</summary>
public sealed class PickupDirectorySmsTransport(IOptions<SmsOptions> options) : ISmsTransport
{
    public async Task SendAsync(OutboxSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{sms.CreatedAt:yyyyMMddTHHmmss}-{sms.Id:N}.txt");
        await File.WriteAllTextAsync(path, $"To: {sms.To}\n\n{sms.Text}\n", cancellationToken);
    }
}

/// <summary>
/// A provider's HTTP API: POST {"to", "text", "sender"} as JSON with the key as a bearer token; any answer but 2xx is a
/// failure that the outbox retries.
/// </summary>
public sealed class HttpSmsTransport(HttpClient http, IOptions<SmsOptions> options) : ISmsTransport
{
    public async Task SendAsync(OutboxSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.GatewayUrl)
        {
            Content = JsonContent.Create(new { to = sms.To, text = sms.Text, sender = settings.Sender }),
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>Sends the text messages that are due (<see cref="OutboxBatch"/>).</summary>
public sealed class SmsOutboxSender(PortalDbContext db, ISmsTransport transport, TimeProvider clock, ILogger<SmsOutboxSender> logger) : IOutboxSender
{
    public Task<int> SendDueAsync(CancellationToken cancellationToken) =>
        OutboxBatch.SendDueAsync<OutboxSms>(db, clock, logger, transport.SendAsync, cancellationToken);
}
