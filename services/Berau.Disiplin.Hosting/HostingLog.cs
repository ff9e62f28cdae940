using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.Hosting;

/// <summary>The shared machinery's log messages, source-generated (no boxing, no work when the level is off).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled error in {Method} (trace id {TraceId})")]
    public static partial void UnhandledError(this ILogger logger, Exception exception, string method, string traceId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: the database {Reason}")]
    public static partial void DatabaseUnavailable(this ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "{Consumer} already handled {MessageType} {MessageId}; skipping the redelivery")]
    public static partial void SkippingRedelivery(this ILogger logger, string consumer, string messageType, Guid messageId);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Outbox relay pass failed; retrying in {Interval}")]
    public static partial void RelayPassFailed(this ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "Publishing {Destination} {MessageId} failed (attempt {Attempts}), next try in {Delay}: {Error}")]
    public static partial void PublishFailed(this ILogger logger, string destination, Guid messageId, int attempts, TimeSpan delay,
        string? error);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Cleaned up {Outbox} published outbox rows and {Inbox} inbox ids")]
    public static partial void CleanedUp(this ILogger logger, int outbox, int inbox);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "{Work} failed; trying again in {Interval}")]
    public static partial void PeriodicWorkFailed(this ILogger logger, Exception exception, string work, TimeSpan interval);

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning,
        Message = "RabbitMQ at {Host}:{Port} is not reachable ({Reason}). The service starts anyway: events wait in the " +
                  "outbox and flow when the broker is back. Start it with 'bash deploy/infra.sh up' (native) or " +
                  "'docker compose up -d rabbitmq'.")]
    public static partial void BrokerUnreachableAtStart(this ILogger logger, string host, int port, string reason);
}
