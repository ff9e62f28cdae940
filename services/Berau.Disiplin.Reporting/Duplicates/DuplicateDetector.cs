using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Duplicates;

/// <summary>
/// Finds the first report on the same incident: same subject and category, incident times within the window, and
/// the same account when both reports name one. Called inside the submission transaction, after a per-subject
/// lock, so two reporters of one incident at the same moment still make one line of work.
/// </summary>
public sealed class DuplicateDetector(ReportingDbContext db, IOptions<ReportingOptions> options)
{
    public async Task<Guid?> FindOriginalAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.SubjectNip is not { Length: > 0 } nip) return null;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"report-subject:" + nip}, 0))", cancellationToken);

        var window = options.Value.DuplicateWindow;
        var from = report.IncidentAt - window;
        var to = report.IncidentAt + window;
        var account = report.AccountNormalized;
        var candidates = await db.Reports.AsNoTracking()
            .Where(r => r.SubjectNip == nip && r.Category == report.Category && r.DuplicateOf == null
                        && r.Status != ReportStatus.Dismissed && r.Status != ReportStatus.Duplicate
                        && r.IncidentAt >= from && r.IncidentAt <= to && r.Id != report.Id)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.Id, r.AccountNormalized, r.Account })
            .ToListAsync(cancellationToken);
        return candidates
            .FirstOrDefault(c => account is null || c.AccountNormalized is null || c.AccountNormalized == account)
            ?.Id;
    }
}
