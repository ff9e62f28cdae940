using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Verification;

/// <summary>The verifier dismisses a report: not proven, not a violation, or not this regency's to judge.</summary>
public sealed record DismissReport(Guid ReportId, string Reason, string DismissedBy);

public sealed class DismissReportHandler(ReportingDbContext db, ReportViews views, TimeProvider time)
{
    public async Task<ReportView> HandleAsync(DismissReport command, CancellationToken cancellationToken)
    {
        var report = await db.GetForChangeAsync(command.ReportId, cancellationToken);
        report.Dismiss(command.Reason, command.DismissedBy, time.GetUtcNow());
        await db.SaveChangeAsync(report, cancellationToken);
        return views.For(report, callerIsVerifier: true);
    }
}

public static class DismissReportMapping
{
    /// <param name="dismissedBy">The verifier, from the caller's token.</param>
    public static DismissReport ToCommand(Proto.DismissReportRequest request, string dismissedBy)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, Report.MaxTextLength);
        v.ThrowIfInvalid();
        return new DismissReport(id.GetValueOrDefault(), reason, dismissedBy);
    }
}
