using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Issues the warnings that waited because Personnel's calendar did not answer when their case opened: batch after
/// batch while Personnel answers, so a backlog clears as fast as it does.
/// </summary>
public sealed class PendingWarnings(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<PendingWarnings> logger) : DrainingWork(options.Value.PendingWarningInterval, logger)
{
    private const int BatchSize = 50;

    /// <summary>One batch; true when it was full and Personnel answered for all of it. Stops at the first that still cannot be.</summary>
    protected override async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> waiting;
        await using (var scope = scopes.CreateAsyncScope())
            waiting = await scope.ServiceProvider.GetRequiredService<IssuePendingWarningHandler>().WaitingAsync(BatchSize, cancellationToken);
        foreach (var id in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IssuePendingWarningHandler>()
                .HandleAsync(new IssuePendingWarning(id), cancellationToken);
            if (outcome == PendingWarningOutcome.PersonnelUnavailable) return false;
        }
        // Each case of the batch was issued or needs nothing now: it is out of the waiting list.
        return waiting.Count == BatchSize;
    }
}
