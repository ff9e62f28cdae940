using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>The shared outbox and inbox, on real PostgreSQL and RabbitMQ, apart from any service's domain.</summary>
public sealed class OutboxInboxTests(ProbeHost probe) : IClassFixture<ProbeHost>
{
    private static ProbeHappened NewProbe(int number) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "199001012020011001", number);

    [Fact]
    public async Task Same_message_delivered_twice_has_one_effect()
    {
        await using var amqp = await RawAmqp.ConnectAsync(probe.VirtualHost);
        var twice = NewProbe(1);
        var marker = NewProbe(2);

        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, twice.EventId, twice);
        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, twice.EventId, twice);
        await amqp.PublishEnvelopeAsync(ProbeHappened.Exchange, marker.EventId, marker);

        await Eventually.True(() => probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == marker.EventId)), "the marker's effect");
        await Eventually.True(async () => await TestInfrastructure.QueueDepthAsync(probe.VirtualHost, ProbeHost.ConsumerQueue) == (0, 0),
            "the consumer queue to drain");

        Assert.Equal(1, await probe.WithDb(db => db.Effects.CountAsync(e => e.EventId == twice.EventId)));
        Assert.Equal(1, await probe.WithDb(db => db.InboxMessages.CountAsync(m => m.MessageId == twice.EventId)));
    }

    [Fact]
    public async Task Event_committed_through_the_outbox_is_published_and_consumed_once()
    {
        var probeEvent = NewProbe(3);
        await using (var scope = probe.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            scope.ServiceProvider.GetRequiredService<IEventOutbox>().Add(probeEvent);
            await db.SaveChangesAsync();
        }

        await Eventually.True(() => probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == probeEvent.EventId)), "the event's effect");
        var row = await probe.WithDb(db => db.OutboxMessages.SingleAsync(m => m.Id == probeEvent.EventId));
        Assert.NotNull(row.PublishedAt);
        Assert.Equal(ProbeHappened.Exchange, row.Destination);
    }

    [Fact]
    public async Task Row_committed_by_a_process_that_died_before_publishing_is_published_by_the_poll()
    {
        // Another process committed this row and crashed before its relay woke: nothing signals this relay.
        var orphan = NewProbe(6);
        var options = new DbContextOptionsBuilder<ProbeDbContext>()
            .UseNpgsql(TestInfrastructure.ConnectionString(probe.Database)).UseSnakeCaseNamingConvention().Options;
        await using (var otherProcess = new ProbeDbContext(options))
        {
            otherProcess.OutboxMessages.Add(new OutboxMessage
            {
                Id = orphan.EventId,
                MessageType = $"{typeof(ProbeHappened).FullName}, {typeof(ProbeHappened).Assembly.GetName().Name}",
                Destination = ProbeHappened.Exchange,
                Payload = System.Text.Json.JsonSerializer.Serialize(orphan, System.Text.Json.JsonSerializerOptions.Web),
                CreatedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
            });
            await otherProcess.SaveChangesAsync();
        }

        await Eventually.True(() => probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == orphan.EventId)), "the orphan's effect");
        Assert.NotNull((await probe.WithDb(db => db.OutboxMessages.SingleAsync(m => m.Id == orphan.EventId))).PublishedAt);
    }

    [Fact]
    public async Task Rolled_back_transaction_publishes_nothing()
    {
        var rolledBack = NewProbe(4);
        var committed = NewProbe(5);
        await using (var scope = probe.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            outbox.Add(rolledBack);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using (var scope = probe.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            scope.ServiceProvider.GetRequiredService<IEventOutbox>().Add(committed);
            await db.SaveChangesAsync();
        }

        // The relay publishes in order, so once the later, committed event has been consumed the rolled-back one
        // would have been too.
        await Eventually.True(() => probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == committed.EventId)), "the committed event");
        Assert.False(await probe.WithDb(db => db.Effects.AnyAsync(e => e.EventId == rolledBack.EventId)));
        Assert.False(await probe.WithDb(db => db.OutboxMessages.AnyAsync(m => m.Id == rolledBack.EventId)));
    }

    [Fact]
    public async Task Relays_running_side_by_side_publish_each_row_exactly_once()
    {
        await using var amqp = await RawAmqp.ConnectAsync(probe.VirtualHost);
        var subscription = await amqp.SubscribeAsync(ProbeHappened.Exchange);
        var events = Enumerable.Range(100, 300).Select(NewProbe).ToList();
        await using (var scope = probe.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
            foreach (var e in events) outbox.Add(e);
            await db.SaveChangesAsync();
        }

        // Two more relays over the same table, as a second and third instance of the service would run them,
        // racing the hosted one.
        var relay = probe.Host.Services.GetRequiredService<OutboxRelay<ProbeDbContext>>();
        async Task Drain()
        {
            while (await relay.PublishBatchAsync(CancellationToken.None)) { }
        }
        await Task.WhenAll(Drain(), Drain());

        var ids = events.Select(e => e.EventId).ToHashSet();
        await Eventually.True(() => probe.WithDb(db => db.OutboxMessages.AllAsync(m => !ids.Contains(m.Id) || m.PublishedAt != null)),
            "every row to be published");
        await Eventually.True(async () => await TestInfrastructure.QueueDepthAsync(probe.VirtualHost, subscription.Queue) == (0, 0)
                                          && subscription.Received.Count(e => ids.Contains(Guid.Parse(e["messageId"]!.GetValue<string>()))) >= ids.Count,
            "every message to arrive");

        var received = subscription.Received
            .Select(e => Guid.Parse(e["messageId"]!.GetValue<string>()))
            .Where(ids.Contains)
            .ToList();
        Assert.Equal(ids.Count, received.Count);
        Assert.Equal(ids.Count, received.Distinct().Count());
    }

    [Fact]
    public async Task Published_rows_and_old_inbox_ids_are_cleaned_up_after_their_retention()
    {
        var now = DateTimeOffset.UtcNow;
        OutboxMessage Row(DateTimeOffset? publishedAt) => new()
        {
            Id = Guid.CreateVersion7(), MessageType = "x", Destination = "x", Payload = "{}",
            CreatedAt = now.AddDays(-10), NextAttemptAt = now.AddDays(365), PublishedAt = publishedAt,
        };
        var old = Row(now.AddDays(-8));
        var recent = Row(now.AddDays(-1));
        var pending = Row(null);
        var oldInbox = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "c", MessageType = "x", ReceivedAt = now.AddDays(-31) };
        var recentInbox = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "c", MessageType = "x", ReceivedAt = now.AddDays(-2) };
        await using (var scope = probe.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            db.OutboxMessages.AddRange(old, recent, pending);
            db.InboxMessages.AddRange(oldInbox, recentInbox);
            await db.SaveChangesAsync();
        }

        await probe.Host.Services.GetRequiredService<OutboxCleanup<ProbeDbContext>>().CleanupAsync(CancellationToken.None);

        var outboxLeft = await probe.WithDb(db => db.OutboxMessages.Where(m => m.Id == old.Id || m.Id == recent.Id || m.Id == pending.Id)
            .Select(m => m.Id).ToListAsync());
        Assert.DoesNotContain(old.Id, outboxLeft);
        Assert.Contains(recent.Id, outboxLeft);
        Assert.Contains(pending.Id, outboxLeft);
        var inboxLeft = await probe.WithDb(db => db.InboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.DoesNotContain(oldInbox.MessageId, inboxLeft);
        Assert.Contains(recentInbox.MessageId, inboxLeft);
    }
}
