using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Messaging;

/// <summary>Sends the messages of one outbox that are due.</summary>
public interface IOutboxSender
{
    Task<int> SendDueAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One pass over an outbox table: the due rows are locked with SKIP LOCKED, so two portal instances never send the same
/// message; a failed send stays queued with its next attempt scheduled (<see cref="OutboxMessage.MarkFailed"/>).
/// </summary>
internal static partial class OutboxBatch
{
    private const int BatchSize = 20;

    public static async Task<int> SendDueAsync<T>(PortalDbContext db, TimeProvider clock, ILogger logger, Func<T, CancellationToken, Task> send, CancellationToken cancellationToken)
        where T : OutboxMessage
    {
        // The table's name comes from the model, never from input; the values are parameters.
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        var sql = "SELECT * FROM " + table + " WHERE sent_at IS NULL AND attempts < {0} AND next_attempt_at <= {1} ORDER BY next_attempt_at LIMIT {2} FOR UPDATE SKIP LOCKED";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Set<T>()
            .FromSqlRaw(sql, OutboxMessage.MaxAttempts, clock.GetUtcNow(), BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await send(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.MarkFailed(clock.GetUtcNow(), exception.GetType().Name);
                LogSendFailed(logger, table, message.Id, message.Attempts, exception.GetType().Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of {Outbox} failed on attempt {Attempt} ({ErrorType}); it stays queued")]
    private static partial void LogSendFailed(ILogger logger, string outbox, Guid messageId, int attempt, string errorType);
}

/// <summary>Runs an outbox's sender every few seconds for as long as the portal runs.</summary>
public sealed partial class OutboxDispatcher<TSender>(IServiceScopeFactory scopes, TimeSpan interval, ILogger<OutboxDispatcher<TSender>> logger) : BackgroundService
    where TSender : IOutboxSender
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
                await scope.ServiceProvider.GetRequiredService<TSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be restarting: the messages stay queued and the next tick tries again.
                LogDispatchFailed(logger, typeof(TSender).Name, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sender} failed ({ErrorType}); retrying on the next tick")]
    private static partial void LogDispatchFailed(ILogger logger, string sender, string errorType);
}
