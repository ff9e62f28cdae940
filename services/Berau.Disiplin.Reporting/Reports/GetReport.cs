using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>One report in full, for a verifier or an auditor; the reporter's identity for the verifier only.</summary>
public sealed record GetReport(Guid ReportId, bool CallerIsVerifier);

public sealed class GetReportHandler(ReportingDbContext db, ReportViews views)
{
    public async Task<ReportView> HandleAsync(GetReport query, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Include(r => r.Evidence)
                         .SingleOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken)
                     ?? throw new NotFoundException("Report", query.ReportId.ToString());
        return views.For(report, query.CallerIsVerifier);
    }
}

public static class GetReportMapping
{
    public static GetReport ToQuery(Proto.GetReportRequest request, bool callerIsVerifier)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        return new GetReport(id.GetValueOrDefault(), callerIsVerifier);
    }
}
