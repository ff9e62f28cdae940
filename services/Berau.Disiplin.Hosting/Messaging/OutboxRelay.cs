using System.Diagnostics;
using System.Text.Json;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ, in batches started in commit order, with publisher confirms. Woken by each commit that wrote
/// rows and polling as a fallback. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two instances of a service
/// never publish the same row; a row is marked published in the same transaction that claimed it, after the
/// broker confirmed it. A crash between confirm and commit republishes the row with the same message id, which
/// consumers de-duplicate.
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : ServiceDbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await PublishBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be down: keep trying on the poll interval, rows stay where they are.
                logger.RelayPassFailed(ex, _options.PollInterval);
            }

            if (!more)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Publishes one batch of due rows. Returns true when a full batch went out and more may be waiting.</summary>
    public async Task<bool> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = time.GetUtcNow();
        var rows = await db.OutboxMessages
            .FromSqlInterpolated($"""
                SELECT * FROM outbox_messages
                WHERE published_at IS NULL AND next_attempt_at <= {now}
                ORDER BY sequence
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return false;

        // The publishes start in the rows' order and are confirmed together: one wait for the broker per batch rather
        // than per row. A row that fails waits for its retry while later ones may go out, so subscribers must not
        // rely on the order of different events (each event carries what it needs; consumers are idempotent).
        var publishing = rows.Select(row => (Row: row, Task: PublishAsync(row, cancellationToken))).ToList();
        var failed = false;
        foreach (var (row, task) in publishing)
        {
            try
            {
                await task;
                row.PublishedAt = time.GetUtcNow();
                row.LastError = null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
                var delay = TimeSpan.FromMilliseconds(Math.Min(
                    _options.MaxRetryDelay.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(row.Attempts, 16))));
                row.NextAttemptAt = time.GetUtcNow() + delay;
                logger.PublishFailed(row.Destination, row.Id, row.Attempts, delay, row.LastError);
                failed = true;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var published = rows.Count(r => r.PublishedAt is not null);
        if (published > 0) MessagingTelemetry.Published.Add(published);
        return !failed && rows.Count == _options.BatchSize;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = EventTypes.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Payload, type, EventTypes.Json)
                      ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        // Restore the trace of the transaction that wrote the row, so the trace does not break at the outbox.
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity(
            $"outbox publish {row.Destination}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.Id.ToString());
        activity?.SetTag("messaging.destination.name", row.Destination);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.Id;
            context.Durable = true;
        }), timeout.Token);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>Deletes published outbox rows and old inbox ids after their retention period.</summary>
public sealed class OutboxCleanup<TDbContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxCleanup<TDbContext>> logger) : PeriodicWork(options.Value.CleanupInterval, logger)
    where TDbContext : ServiceDbContext
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => CleanupAsync(cancellationToken);

    public async Task<(int Outbox, int Inbox)> CleanupAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = time.GetUtcNow();
        var publishedBefore = now - options.Value.Retention;
        var receivedBefore = now - options.Value.InboxRetention;
        var outbox = await db.OutboxMessages
            .Where(m => m.PublishedAt != null && m.PublishedAt < publishedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.InboxMessages
            .Where(m => m.ReceivedAt < receivedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
            logger.CleanedUp(outbox, inbox);
        return (outbox, inbox);
    }
}
