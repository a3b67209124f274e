using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Infrastructure.Scheduling;

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often overdue job orders are expired; 0 turns the job off (the tests run the command themselves).</summary>
    public int JobOrderExpiryMinutes { get; set; } = 60;
}

/// <summary>
/// Expires published and paused job orders past their application deadline, at start and then every
/// <see cref="SchedulingOptions.JobOrderExpiryMinutes"/>. Several portal instances may run it: an order already
/// expired by one is no longer overdue for the other, and a lost race is retried on the next tick.
/// </summary>
public sealed partial class JobOrderExpiry(IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, ILogger<JobOrderExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.JobOrderExpiryMinutes;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
                var expired = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireJobOrdersCommand(), stoppingToken);
                if (expired > 0)
                {
                    LogExpired(logger, expired);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogExpiryFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} job orders past their deadline expired")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job order expiry failed ({ErrorType}); retrying on the next tick")]
    private static partial void LogExpiryFailed(ILogger logger, string errorType);
}
