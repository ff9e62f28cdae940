using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Issues the warnings that waited because Personnel's calendar did not answer when their case opened.</summary>
public sealed class PendingWarnings(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<PendingWarnings> logger) : PeriodicWork(options.Value.PendingWarningInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many warnings were issued. Stops at the first that still cannot be.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> waiting;
        await using (var scope = scopes.CreateAsyncScope())
            waiting = await scope.ServiceProvider.GetRequiredService<IssuePendingWarningHandler>().WaitingAsync(50, cancellationToken);
        var issued = 0;
        foreach (var id in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IssuePendingWarningHandler>()
                .HandleAsync(new IssuePendingWarning(id), cancellationToken);
            if (outcome == PendingWarningOutcome.PersonnelUnavailable) break;
            if (outcome == PendingWarningOutcome.Issued) issued++;
        }
        return issued;
    }
}
