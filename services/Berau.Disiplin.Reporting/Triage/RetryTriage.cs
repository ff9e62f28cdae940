using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>
/// Asks Personnel again what it could not answer at submission, for at most <paramref name="MaxReports"/> reports: the
/// triage and the verification deadline of open reports that have none yet.
/// </summary>
public sealed record RetryTriage(int MaxReports = 20);

/// <summary>What one pass did.</summary>
/// <param name="Claimed">Reports taken on.</param>
/// <param name="Answered">Questions Personnel answered: reports triaged or given their deadline.</param>
/// <param name="PersonnelFailed">Personnel did not answer one of them; the pass stopped there.</param>
public sealed record TriagePass(int Claimed, int Answered, bool PersonnelFailed);

/// <summary>
/// One pass over the reports waiting for Personnel, in one transaction. The reports are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two instances of Reporting work on different reports and none is triaged twice;
/// the pass stops at the first question Personnel does not answer, so an outage costs one call a pass. The longest
/// waiting first; each report backs off on failure, so one that keeps failing cannot hold the others back, and when
/// none is due the longest-waiting one is asked anyway, to notice at once that Personnel is back.
/// </summary>
public sealed class RetryTriageHandler(ReportingDbContext db, ReportTriage triage, TimeProvider time)
{
    public async Task<TriagePass> HandleAsync(RetryTriage command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var reports = await ClaimAsync(command.MaxReports, now, dueOnly: true, cancellationToken);
        if (reports.Count == 0) reports = await ClaimAsync(1, now, dueOnly: false, cancellationToken);

        var answered = 0;
        var failed = false;
        foreach (var report in reports)
        {
            if (report.TriageOutcome == TriageOutcome.Pending)
            {
                var result = await triage.TriageAsync(report, cancellationToken);
                report.RecordTriage(result, time.GetUtcNow());
                if (result.Outcome == TriageOutcome.Pending)
                {
                    failed = true;
                    break;
                }
                answered++;
            }
            if (report.VerificationDue is not null || !report.IsOpen) continue;
            if (await triage.VerificationDueAsync(report, cancellationToken) is { } verifyBy)
            {
                report.SetVerificationDue(verifyBy);
                answered++;
            }
            else
            {
                report.RetryDeadlineLater(time.GetUtcNow());
                failed = true;
                break;
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ConcurrentSaves.IsConflict(ex))
        {
            // Only a verifier's change can race a claimed row; the next pass sees it fresh.
            return new TriagePass(reports.Count, 0, PersonnelFailed: false);
        }
        return new TriagePass(reports.Count, answered, failed);
    }

    /// <summary>
    /// Personnel answers again: every report backing off is due now. Rows another instance has claimed are left to it.
    /// Returns how many were made due.
    /// </summary>
    public Task<int> WakeWaitingAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reports SET triage_next_attempt_at = {now}
            WHERE id IN (
                SELECT id FROM reports
                WHERE triage_next_attempt_at > {now}
                  AND (triage_outcome = 'Pending' OR (verification_due IS NULL AND status IN ('Submitted', 'UnderVerification')))
                FOR UPDATE SKIP LOCKED)
            """, cancellationToken);
    }

    private Task<List<Report>> ClaimAsync(int max, DateTimeOffset now, bool dueOnly, CancellationToken cancellationToken) =>
        db.Reports.FromSqlInterpolated($"""
            SELECT r.*, r.xmin FROM reports r
            WHERE (r.triage_outcome = 'Pending'
                   OR (r.verification_due IS NULL AND r.status IN ('Submitted', 'UnderVerification')))
              AND ({!dueOnly} OR r.triage_next_attempt_at IS NULL OR r.triage_next_attempt_at <= {now})
            ORDER BY COALESCE(r.triage_next_attempt_at, r.submitted_at), r.id
            LIMIT {max}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
}
