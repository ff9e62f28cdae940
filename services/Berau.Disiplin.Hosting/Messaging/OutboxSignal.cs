using System.Runtime.CompilerServices;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>Wakes the relay: set when a transaction that wrote outbox rows commits.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_semaphore.CurrentCount == 0) _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will run anyway.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}

/// <summary>
/// Notifies the relay when outbox rows are committed: right after <c>SaveChanges</c> when there is no explicit
/// transaction, otherwise when the transaction commits. So the happy path publishes without waiting for a poll.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = new();
    private static readonly object Marker = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        MarkIfOutboxRowsAdded(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkIfOutboxRowsAdded(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        NotifyPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        NotifyPending(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Pending.Remove(context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Pending.Remove(context);
    }

    private static void MarkIfOutboxRowsAdded(DbContext? context)
    {
        if (context is null) return;
        if (context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            Pending.AddOrUpdate(context, Marker);
    }

    private void NotifyIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) NotifyPending(context);
    }

    private void NotifyPending(DbContext? context)
    {
        if (context is not null && Pending.Remove(context)) signal.Notify();
    }
}
