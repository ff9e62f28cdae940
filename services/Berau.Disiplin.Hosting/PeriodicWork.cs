using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.Hosting;

/// <summary>
/// Background work that runs at start-up and then every interval (on the real clock), and survives its own failures
/// (a database that is briefly down, say) by trying again at the next tick. <see cref="Wake"/> runs the next pass at
/// once instead of at the next tick.
/// </summary>
public abstract class PeriodicWork(TimeSpan interval, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Runs the next pass now (once, however often it is called before the pass starts).</summary>
    public void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0) _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Woken already.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        Task<bool>? tick = null;
        Task? woken = null;
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.PeriodicWorkFailed(ex, GetType().Name, interval);
            }
            // A tick or a wake left over from the last wait still counts: the timer allows one wait at a time.
            tick ??= NextTickAsync(timer, stoppingToken);
            woken ??= _wake.WaitAsync(stoppingToken);
            var next = await Task.WhenAny(tick, woken);
            if (next == tick)
            {
                tick = null;
                if (!await (Task<bool>)next) return;
            }
            else woken = null;
        } while (!stoppingToken.IsCancellationRequested);
    }

    /// <summary>One pass of the work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>
/// Periodic work that drains a backlog: each pass runs batches back to back for as long as the last one was full and
/// all of it could be done (the dependency it waited for answers again), so a backlog clears as fast as that
/// dependency answers instead of one batch per interval.
/// </summary>
public abstract class DrainingWork(TimeSpan interval, ILogger logger) : PeriodicWork(interval, logger)
{
    protected sealed override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && await RunBatchAsync(cancellationToken))
        {
        }
    }

    /// <summary>One pass now, draining as far as it can (for operators' commands and tests).</summary>
    public Task DrainAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>One batch; true when more may be waiting and can be done now.</summary>
    protected abstract Task<bool> RunBatchAsync(CancellationToken cancellationToken);
}
