using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>Every <see cref="ReportingOptions.TriageRetryInterval"/>, asks Personnel again what it could not answer (<see cref="RetryTriage"/>).</summary>
public sealed class TriageRetryWorker(
    IServiceScopeFactory scopes,
    IOptions<ReportingOptions> options,
    ILogger<TriageRetryWorker> logger) : PeriodicWork(options.Value.TriageRetryInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RetryDueAsync(cancellationToken);

    /// <summary>Triages the pending reports that are due; returns how many got an outcome.</summary>
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetryTriageHandler>().HandleAsync(new RetryTriage(), cancellationToken);
    }
}
