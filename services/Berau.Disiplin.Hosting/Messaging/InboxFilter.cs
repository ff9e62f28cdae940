using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// Makes every consumer idempotent: the message id is recorded in the consumer's own transaction, with its effect
/// and the events it writes to the outbox. A redelivered message finds its id and changes nothing; a consumer that
/// fails rolls back its id with its effect, so the retry runs it again. The message is acknowledged only after
/// the commit.
/// </summary>
public sealed class InboxFilter<TMessage>(ServiceDbContext db, TimeProvider time, ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/').Split('/').Last();
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Two deliveries at once: the second insert waits on the first's row and then finds it.
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO inbox_messages (message_id, consumer, message_type, received_at)
                VALUES ({messageId}, {consumer}, {typeof(TMessage).Name}, {time.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (inserted == 0)
            {
                logger.SkippingRedelivery(consumer, typeof(TMessage).Name, messageId);
                MessagingTelemetry.Duplicates.Add(1);
                await transaction.RollbackAsync(cancellationToken);
                return;
            }

            await next.Send(context);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The retry gets a clean slate.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
