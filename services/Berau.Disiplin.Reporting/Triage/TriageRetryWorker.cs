using Berau.Disiplin.Hosting;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>
/// Asks Personnel again for what it could not answer at submission: the triage (with back-off per report) and the
/// verification deadline of open reports that have none yet.
/// </summary>
public sealed class TriageRetryWorker(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReportingOptions> options,
    ILogger<TriageRetryWorker> logger) : PeriodicWork(options.Value.TriageRetryInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RetryDueAsync(cancellationToken);

    /// <summary>Triages the pending reports that are due; returns how many got an outcome.</summary>
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var triage = scope.ServiceProvider.GetRequiredService<ReportTriage>();
        var now = time.GetUtcNow();
        var due = await db.Reports
            .Where(r => (r.TriageNextAttemptAt == null || r.TriageNextAttemptAt <= now)
                        && (r.TriageOutcome == TriageOutcome.Pending
                            || (r.VerificationDue == null
                                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.UnderVerification))))
            // The longest-waiting first; each one backs off on failure, so none can hold the others back.
            .OrderBy(r => r.TriageNextAttemptAt ?? r.SubmittedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        var completed = 0;
        foreach (var report in due)
        {
            if (report.TriageOutcome == TriageOutcome.Pending)
            {
                var result = await triage.TriageAsync(report, cancellationToken);
                report.RecordTriage(result, time.GetUtcNow());
                if (result.Outcome == TriageOutcome.Pending) continue;
                completed++;
            }
            if (report.VerificationDue is not null) continue;
            if (await triage.VerificationDueAsync(report, cancellationToken) is { } verifyBy) report.SetVerificationDue(verifyBy);
            else report.RetryDeadlineLater(time.GetUtcNow());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A verifier changed one of them meanwhile; the next pass sees the fresh row.
            return 0;
        }
        return completed;
    }
}
