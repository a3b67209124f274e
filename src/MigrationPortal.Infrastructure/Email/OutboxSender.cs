using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Email;

/// <summary>
/// Sends the emails that are due. Rows are locked with SKIP LOCKED, so two portal instances never
/// send the same email; a failed send stays in the outbox with its next attempt scheduled.
/// </summary>
public sealed partial class OutboxSender(PortalDbContext db, IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails
            .FromSql($"SELECT * FROM outbox_emails WHERE sent_at IS NULL AND attempts < {OutboxEmail.MaxAttempts} AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var email in due)
        {
            try
            {
                await transport.SendAsync(OutboxMessages.ToMime(email, options.Value), cancellationToken);
                email.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                email.MarkFailed(clock.GetUtcNow(), exception.GetType().Name);
                LogSendFailed(logger, email.Id, email.Attempts, exception.GetType().Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId} failed on attempt {Attempt} ({ErrorType}); it stays queued")]
    private static partial void LogSendFailed(ILogger logger, Guid emailId, int attempt, string errorType);
}

/// <summary>Runs the outbox sender every few seconds for as long as the portal runs.</summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<EmailOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be restarting: the mail stays queued and the next tick tries again.
                LogDispatchFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed ({ErrorType}); retrying on the next tick")]
    private static partial void LogDispatchFailed(ILogger logger, string errorType);
}
