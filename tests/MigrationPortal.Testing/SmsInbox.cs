using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Infrastructure.Sms;

namespace MigrationPortal.Testing;

/// <summary>
/// The text messages the portal wrote to its pickup folder, read as a citizen reads their phone: the outbox is sent
/// first (its dispatcher is slowed right down in tests), then the newest message to the number gives its code.
/// </summary>
public static partial class SmsInbox
{
    public static async Task<string> LatestCodeAsync(this PortalFixture fixture, string phone)
    {
        var texts = await fixture.TextsToAsync(phone);
        if (texts.Count == 0)
        {
            throw new InvalidOperationException($"No text message was sent to {phone}.");
        }

        return Code().Match(texts[^1]).Value;
    }

    /// <summary>Every text message sent to the number so far, oldest first, after the outbox has been sent.</summary>
    public static async Task<IReadOnlyList<string>> TextsToAsync(this PortalFixture fixture, string phone)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
            await scope.ServiceProvider.GetRequiredService<SmsOutboxSender>().SendDueAsync(CancellationToken.None);
        }

        var messages = Directory.Exists(fixture.SmsDirectory) ? Directory.GetFiles(fixture.SmsDirectory, "*.txt") : [];
        return [.. messages
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(text => text.StartsWith($"To: {phone}\n", StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
