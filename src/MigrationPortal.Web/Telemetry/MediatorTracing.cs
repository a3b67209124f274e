using System.Diagnostics;
using Mediator;

namespace MigrationPortal.Web.Telemetry;

/// <summary>The portal's own source of spans: one per use case sent through the mediator.</summary>
public static class MediatorTracing
{
    public const string SourceName = "MigrationPortal.Mediator";

    /// <summary>The full name of the message's type; the span itself is named by the short name.</summary>
    public const string MessageTypeTag = "mediator.message.type";

    public const string ErrorTypeTag = "error.type";

    public static readonly ActivitySource Source = new(SourceName);
}

/// <summary>
/// The outermost behavior: a span around each use case, so the log lines and database calls inside it share its
/// trace. It is named by the message's type and says how it ended (the exception's type), never what the message
/// holds: its fields carry PINFL, passport and phone numbers, names and search terms (ADR-011).
/// </summary>
public sealed class TracingBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        using var activity = MediatorTracing.Source.StartActivity(typeof(TMessage).Name);
        activity?.SetTag(MediatorTracing.MessageTypeTag, typeof(TMessage).FullName);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (activity is not null)
        {
            // The type only: an exception's message may quote what the user typed.
            activity.SetTag(MediatorTracing.ErrorTypeTag, exception.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error);
            throw;
        }
    }
}
