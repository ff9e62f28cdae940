using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>Loading a report to change it, and saving the change: the same for every move a verifier makes.</summary>
internal static class ReportStore
{
    /// <summary>The report with its evidence (the reply lists it), tracked for a change.</summary>
    public static async Task<Report> GetForChangeAsync(this ReportingDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Reports.Include(r => r.Evidence).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("Report", id.ToString());

    /// <summary>
    /// Saves the change with the events it raised. Two verifiers moving the same report at the same moment: the row
    /// version lets one win, and the other is refused with the state the report is now in.
    /// </summary>
    public static Task SaveChangeAsync(this ReportingDbContext db, Report report, CancellationToken cancellationToken)
    {
        var id = report.Id;
        return db.SaveChangesOrRefuseAsync("Report", id.ToString(), async ct => Report.StateName(
            await db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(ct)), cancellationToken);
    }
}
