using System.Diagnostics.Metrics;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>
/// What a consumer does with a message it cannot handle now, on the shared messaging alone: a transient fault is retried
/// for as long as it lasts, a redelivery is acknowledged, and only a real failure goes to <c>_error</c>, counted.
/// </summary>
public sealed class ConsumerFailureTests(ProbeHost probe) : IClassFixture<ProbeHost>
{
    private static ProbeHappened NewProbe(int number) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "199001012020011001", number);

    [Fact]
    public async Task Message_failing_transiently_is_retried_past_the_retry_limit_and_handled_once()
    {
        await using var amqp = await RawAmqp.ConnectAsync(probe.VirtualHost);
        // RetryLimit is 2 in the probe host: six timeouts in a row would have sent it to _error before.
        var flaky = NewProbe(ProbeHappenedConsumer.FailingTransiently(6));

        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, flaky.EventId, flaky);

        await Eventually.True(() => probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == flaky.EventId)), "the flaky event's effect");
        await Eventually.True(() => Task.FromResult(probe.Received.Finished(flaky.EventId) == 1), "its delivery to be over");
        Assert.Equal(1, await probe.WithDb(db => db.Effects.CountAsync(e => e.EventId == flaky.EventId)));
        Assert.Equal(0u, await amqp.ReadyCountAsync(ProbeHost.ErrorQueue));
    }

    [Fact]
    public async Task Redelivered_message_is_acknowledged_as_consumed_not_moved_to_skipped()
    {
        await using var amqp = await RawAmqp.ConnectAsync(probe.VirtualHost);
        var twice = NewProbe(7);

        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, twice.EventId, twice);
        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, twice.EventId, twice);

        await Eventually.True(() => Task.FromResult(probe.Received.Finished(twice.EventId) == 2), "both deliveries to be over");
        Assert.Equal(1, await probe.WithDb(db => db.Effects.CountAsync(e => e.EventId == twice.EventId)));
        Assert.Equal(0u, await amqp.ReadyCountAsync(ProbeHost.SkippedQueue));
        Assert.Equal(0u, await amqp.ReadyCountAsync(ProbeHost.ErrorQueue));
    }
}

/// <summary>A message that can never be handled: it alone goes to <c>_error</c>, and the alert counter says so.</summary>
public sealed class DeadLetterTests(ProbeHost probe) : IClassFixture<ProbeHost>
{
    private static ProbeHappened NewProbe(int number) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "199001012020011001", number);

    [Fact]
    public async Task Message_failing_for_a_reason_that_is_not_transient_goes_to_error_and_is_counted()
    {
        var deadLettered = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "disiplin.messaging.dead_lettered")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag is { Key: "messaging.destination.name", Value: ProbeHost.ConsumerQueue })
                    Interlocked.Add(ref deadLettered, value);
        });
        listener.Start();
        await using var amqp = await RawAmqp.ConnectAsync(probe.VirtualHost);
        var poison = NewProbe(ProbeHappenedConsumer.Poison);

        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, poison.EventId, poison);

        await Eventually.True(() => Task.FromResult(probe.Received.Finished(poison.EventId) == 1), "its delivery to be over");
        Assert.Equal(1u, await amqp.ReadyCountAsync(ProbeHost.ErrorQueue));
        // The error queue is as durable as the queue it serves.
        Assert.Equal("quorum", (await TestInfrastructure.QueueTypesAsync(probe.VirtualHost))[ProbeHost.ErrorQueue]);
        Assert.Equal(1, Interlocked.Read(ref deadLettered));
        Assert.False(await probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == poison.EventId)));
    }
}
