using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Infrastructure.Messaging;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Email;

/// <summary>Sends the emails that are due (<see cref="OutboxBatch"/>).</summary>
public sealed class OutboxSender(PortalDbContext db, IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : IOutboxSender
{
    public Task<int> SendDueAsync(CancellationToken cancellationToken) =>
        OutboxBatch.SendDueAsync<OutboxEmail>(db, clock, logger, (email, ct) => transport.SendAsync(OutboxMessages.ToMime(email, options.Value), ct), cancellationToken);
}
