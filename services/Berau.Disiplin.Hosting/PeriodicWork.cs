using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.Hosting;

/// <summary>
/// Background work that runs at start-up and then every interval (on the real clock), and survives its own failures
/// (a database that is briefly down, say) by trying again at the next tick.
/// </summary>
public abstract class PeriodicWork(TimeSpan interval, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
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
        } while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>One pass of the work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

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
