using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// Waits for something asynchronous (an event crossing RabbitMQ) to become true. The limit only bounds a broken
/// run; no test passes or fails on how fast it happens.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, TimeSpan? limit = null) where T : class
    {
        var deadline = DateTime.UtcNow + (limit ?? DefaultLimit);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value) return value;
            }
            catch (Exception ex)
            {
                last = ex;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Gave up waiting for {what}." + (last is null ? "" : $" Last error: {last.Message}"), last);
    }

    /// <summary>
    /// Waits until the service's bus is connected and its queues are bound: an event published before that would
    /// reach an exchange with no queue behind it.
    /// </summary>
    public static Task BusReady(IServiceProvider services) =>
        True(() => Task.FromResult(services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy),
            "the RabbitMQ bus to be connected");

    public static async Task True(Func<Task<bool>> probe, string what, TimeSpan? limit = null) =>
        await Get<object>(async () => await probe() ? new object() : null, what, limit);
}
