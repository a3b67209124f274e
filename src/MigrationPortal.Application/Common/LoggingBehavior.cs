using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace MigrationPortal.Application.Common;

/// <summary>
/// Logs each use case: its type, the user, the organization, the time taken and the outcome.
/// Never the message itself: it can hold PINFL, passport and phone numbers.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, name, currentUser.UserId, currentUser.OrganizationId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "ok");
            return response;
        }
        catch (Exception exception)
        {
            LogHandled(logger, name, currentUser.UserId, currentUser.OrganizationId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Message} for user {UserId} of organization {OrganizationId} in {ElapsedMs:0.0} ms: {Outcome}")]
    private static partial void LogHandled(ILogger logger, string message, Guid? userId, Guid? organizationId, double elapsedMs, string outcome);
}
