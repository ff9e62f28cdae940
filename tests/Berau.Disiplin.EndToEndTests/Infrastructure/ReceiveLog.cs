using System.Collections.Concurrent;
using MassTransit;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// Counts the deliveries a bus has finished with, by message id: once a delivery is counted, whatever MassTransit does
/// with it (acknowledge it, move it to <c>_skipped</c> or <c>_error</c>) has been done. Lets a test wait for a
/// redelivery to be over without reading the broker's statistics, which lag by seconds.
/// </summary>
public sealed class ReceiveLog : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _finished = new();

    public int Finished(Guid messageId) => _finished.GetValueOrDefault(messageId);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        Count(context);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Count(context);
        return Task.CompletedTask;
    }

    private void Count(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id) _finished.AddOrUpdate(id, 1, (_, n) => n + 1);
    }
}
