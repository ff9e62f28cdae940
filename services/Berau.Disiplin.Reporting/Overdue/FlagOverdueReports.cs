using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Reporting.Overdue;

/// <summary>Flags every open report whose verification deadline (in working days, WITA) has passed.</summary>
public sealed record FlagOverdueReports;

public sealed class FlagOverdueReportsHandler(ReportingDbContext db, TimeProvider time)
{
    /// <summary>Returns how many reports were newly flagged.</summary>
    public async Task<int> HandleAsync(FlagOverdueReports command, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        var now = time.GetUtcNow();
        var late = await db.Reports
            .Where(r => (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.UnderVerification)
                        && r.OverdueSince == null && r.VerificationDue != null && r.VerificationDue < today)
            .ToListAsync(cancellationToken);
        var flagged = late.Count(r => r.FlagOverdue(today, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ConcurrentSaves.IsConflict(ex))
        {
            // A verifier decided one of them meanwhile; the next pass sees the fresh row.
            return 0;
        }
        return flagged;
    }
}
