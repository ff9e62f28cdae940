using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>
/// Asks Personnel again what it could not answer at submission, for at most <paramref name="MaxReports"/> reports:
/// the triage (with back-off per report) and the verification deadline of open reports that have none yet.
/// </summary>
public sealed record RetryTriage(int MaxReports = 20);

public sealed class RetryTriageHandler(ReportingDbContext db, ReportTriage triage, TimeProvider time)
{
    /// <summary>Returns how many reports got a triage outcome.</summary>
    public async Task<int> HandleAsync(RetryTriage command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Reports
            .Where(r => (r.TriageNextAttemptAt == null || r.TriageNextAttemptAt <= now)
                        && (r.TriageOutcome == TriageOutcome.Pending
                            || (r.VerificationDue == null
                                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.UnderVerification))))
            // The longest-waiting first; each one backs off on failure, so none can hold the others back.
            .OrderBy(r => r.TriageNextAttemptAt ?? r.SubmittedAt)
            .Take(command.MaxReports)
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
        catch (Exception ex) when (ConcurrentSaves.IsConflict(ex))
        {
            // A verifier changed one of them meanwhile; the next pass sees the fresh row.
            return 0;
        }
        return completed;
    }
}
