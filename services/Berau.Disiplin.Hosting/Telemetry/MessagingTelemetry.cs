using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Berau.Disiplin.Hosting.Telemetry;

/// <summary>The suite's own traces and metrics, beside the ASP.NET Core, gRPC, Npgsql and MassTransit ones.</summary>
public static class MessagingTelemetry
{
    public const string Name = "Berau.Disiplin";

    public static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published =
        Meter.CreateCounter<long>("disiplin.outbox.published", description: "Outbox rows published to RabbitMQ");
    public static readonly Counter<long> Duplicates =
        Meter.CreateCounter<long>("disiplin.inbox.duplicates", description: "Redelivered messages skipped by the inbox");
    /// <summary>Messages moved to a consumer's <c>_error</c> queue after their retries: alert on any.</summary>
    public static readonly Counter<long> DeadLettered =
        Meter.CreateCounter<long>("disiplin.messaging.dead_lettered",
            description: "Messages that failed for a reason that is not transient and went to their consumer's _error queue");
}
