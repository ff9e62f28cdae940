using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Verification;

/// <summary>The verifier confirms a report with what the examination found; Discipline then opens a case.</summary>
public sealed record ConfirmReport(Guid ReportId, Reports.Verification Verification, string VerifiedBy);

public sealed class ConfirmReportHandler(ReportingDbContext db, ReportViews views, TimeProvider time)
{
    public async Task<ReportView> HandleAsync(ConfirmReport command, CancellationToken cancellationToken)
    {
        var report = await db.GetForChangeAsync(command.ReportId, cancellationToken);
        report.Confirm(command.Verification, command.VerifiedBy, time.GetUtcNow());
        await db.SaveChangeAsync(report, cancellationToken);
        return views.For(report, callerIsVerifier: true);
    }
}

public static class ConfirmReportMapping
{
    /// <param name="verifiedBy">The verifier, from the caller's token.</param>
    public static ConfirmReport ToCommand(Proto.ConfirmReportRequest request, string verifiedBy)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var findings = request.Findings.Trim();
        var bap = request.BapNumber.Trim();
        v.Required("findings", findings).MaxLength("findings", findings, Report.MaxTextLength);
        v.Required("bap_number", bap).MaxLength("bap_number", bap, 100);
        for (var i = 0; i < request.AggravatingFacts.Count; i++)
            v.Check(request.AggravatingFacts[i] != Proto.AggravatingFact.Unspecified && Enum.IsDefined(request.AggravatingFacts[i]),
                $"aggravating_facts[{i}]", "is not an aggravating fact");
        v.Check(Enum.IsDefined(request.Impact), "impact", "is not an impact level");
        v.Check(request.AbsenceDaysThisYear is >= 0 and <= 366, "absence_days_this_year", "must be between 0 and 366");
        v.Check(request.ConsecutiveAbsenceDays is >= 0 and <= 366, "consecutive_absence_days", "must be between 0 and 366");
        v.Check(request.ConsecutiveAbsenceDays <= request.AbsenceDaysThisYear,
            "consecutive_absence_days", "cannot exceed absence_days_this_year");
        v.ThrowIfInvalid();

        var verification = new Reports.Verification(findings, bap,
            request.AggravatingFacts.Select(f => (AggravatingFact)f).ToList(),
            // An examination that does not weigh the impact keeps the lightest: the unit's own (unit kerja).
            request.Impact == Proto.Impact.Unspecified ? Impact.Unit : (Impact)request.Impact,
            request.AbsenceDaysThisYear, request.ConsecutiveAbsenceDays);
        return new ConfirmReport(id.GetValueOrDefault(), verification, verifiedBy);
    }
}
