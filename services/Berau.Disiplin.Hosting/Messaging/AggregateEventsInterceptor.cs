using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// The one drain step: before a <c>SaveChanges</c> writes, the events every tracked aggregate recorded become outbox
/// rows in the same transaction. So a state change and the events it causes commit together, and no handler writes
/// an aggregate's own event by hand.
/// </summary>
internal sealed class AggregateEventsInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Drain(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Drain(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Drain(DbContext? context)
    {
        if (context is not ServiceDbContext db) return;
        var aggregates = db.ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.Entity.PendingEvents.Count > 0)
            .Select(e => e.Entity)
            .ToList();
        if (aggregates.Count == 0) return;
        var now = time.GetUtcNow();
        foreach (var aggregate in aggregates)
            foreach (var @event in aggregate.DequeueEvents())
            {
                if (@event is not IIntegrationEvent integrationEvent)
                    throw new InvalidOperationException(
                        $"{aggregate.GetType().Name} raised a {@event.GetType().Name}, which is not an integration event of the contract.");
                db.OutboxMessages.Add(OutboxRows.For(integrationEvent, now));
            }
    }
}
