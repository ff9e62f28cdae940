using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>
/// Every <see cref="ReportingOptions.TriageRetryInterval"/>, and as soon as a submission finds Personnel answering,
/// asks Personnel again what it could not answer (<see cref="RetryTriage"/>): batch after batch for as long as Personnel
/// answers, so a backlog left by an outage clears as fast as Personnel answers, not one batch an interval.
/// </summary>
public sealed class TriageRetryWorker(
    IServiceScopeFactory scopes,
    IOptions<ReportingOptions> options,
    ILogger<TriageRetryWorker> logger) : DrainingWork(options.Value.TriageRetryInterval, logger)
{
    private const int BatchSize = 20;

    /// <summary>Reports were left waiting for Personnel by the last pass (or may be: true until a pass says).</summary>
    private volatile bool _waiting = true;

    /// <summary>A call to Personnel just succeeded: if reports wait for it, start on them now.</summary>
    public void PersonnelAnswered()
    {
        if (_waiting) Wake();
    }

    protected override async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<RetryTriageHandler>();
        var pass = await handler.HandleAsync(new RetryTriage(BatchSize), cancellationToken);
        _waiting = pass.PersonnelFailed || pass.Claimed == BatchSize;
        if (pass.PersonnelFailed || pass.Answered == 0) return false;
        // Personnel answers: whatever backs off waiting for it is due now.
        var woken = await handler.WakeWaitingAsync(cancellationToken);
        if (woken > 0) _waiting = true;
        return pass.Claimed == BatchSize || woken > 0;
    }
}
