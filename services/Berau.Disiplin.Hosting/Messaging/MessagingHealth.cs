using System.Diagnostics.Metrics;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Telemetry;
using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.Transports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// Readiness check <c>rabbitmq-relay</c>: whether the bus connection the outbox relay publishes on is up, for every
/// service (MassTransit's own <c>masstransit-bus</c> check looks at receive endpoints only, so it says Healthy for a
/// service that consumes nothing, Reporting, while its relay cannot publish). Degraded, not Unhealthy, when it is down:
/// the service keeps answering gRPC and its events wait in the outbox, so it should stay in rotation.
/// </summary>
internal sealed class RelayBrokerHealthCheck(IServiceProvider services) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var instance = services.GetService<IBusInstance>();
        if (instance?.HostConfiguration is not IRabbitMqHostConfiguration rabbit)
            return HealthCheckResult.Degraded("The relay's bus is not running on RabbitMQ.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            // Asks for the host's connection, as a publish does: answered at once while it is up.
            await rabbit.ConnectionContextSupervisor.Send(Pipe.Empty<MassTransit.RabbitMqTransport.ConnectionContext>(), timeout.Token);
            return HealthCheckResult.Healthy("The relay is connected to RabbitMQ.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded(
                "The relay is not connected to RabbitMQ: events wait in the outbox and are published when it is back.",
                ex is OperationCanceledException ? null : ex);
        }
    }
}

/// <summary>
/// Readiness check <c>outbox-backlog</c>: the age of the oldest event not yet published. Degraded beyond
/// <c>Outbox:BacklogDegradedAge</c>, Unhealthy beyond <c>Outbox:BacklogUnhealthyAge</c> (off by default: an old backlog
/// usually means the broker is away, and the service should go on answering). Also kept as the gauge
/// <c>disiplin.outbox.backlog_age</c> for alerts.
/// </summary>
internal sealed class OutboxBacklogHealthCheck<TDbContext>(TDbContext db, TimeProvider time, IOptions<OutboxOptions> options)
    : IHealthCheck where TDbContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var oldest = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.PublishedAt == null)
            .OrderBy(m => m.Sequence)
            .Select(m => (DateTimeOffset?)m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var age = oldest is { } createdAt ? time.GetUtcNow() - createdAt : TimeSpan.Zero;
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        OutboxBacklog.Record(age);
        var data = new Dictionary<string, object> { ["oldestPendingSeconds"] = Math.Round(age.TotalSeconds, 1) };
        var settings = options.Value;
        if (settings.BacklogUnhealthyAge is { } unhealthy && age > unhealthy)
            return HealthCheckResult.Unhealthy($"The oldest unpublished event is {Describe(age)} old (limit {Describe(unhealthy)}).", data: data);
        if (age > settings.BacklogDegradedAge)
            return HealthCheckResult.Degraded($"The oldest unpublished event is {Describe(age)} old.", data: data);
        return HealthCheckResult.Healthy(oldest is null ? "Every event is published." : $"The oldest unpublished event is {Describe(age)} old.",
            data);
    }

    private static string Describe(TimeSpan age) =>
        age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes} min {age.Seconds} s" : $"{age.TotalSeconds:0.#} s";
}

/// <summary>The backlog age as last measured, for the gauge.</summary>
internal static class OutboxBacklog
{
    private static double _seconds;

    static OutboxBacklog() =>
        MessagingTelemetry.Meter.CreateObservableGauge("disiplin.outbox.backlog_age", () => Volatile.Read(ref _seconds), "s",
            "Age of the oldest unpublished outbox event, as the readiness check last measured it");

    public static void Record(TimeSpan age) => Volatile.Write(ref _seconds, age.TotalSeconds);
}
