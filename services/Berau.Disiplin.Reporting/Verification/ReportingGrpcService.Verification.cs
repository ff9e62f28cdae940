using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reports;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainReport = Berau.Disiplin.Reporting.Reports.Report;
using DomainFact = Berau.Disiplin.Reporting.Reports.AggravatingFact;
using DomainImpact = Berau.Disiplin.Reporting.Reports.Impact;
using ProtoReport = Berau.Disiplin.Contracts.Reporting.V1.Report;

namespace Berau.Disiplin.Reporting;

/// <summary>Verification (verifikasi): the atasan langsung or Inspektorat examines, then confirms or dismisses.</summary>
public sealed partial class ReportingGrpcService
{
    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> AssignVerifier(AssignVerifierRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var verifier = request.Verifier.Trim();
        v.Required("verifier", verifier).MaxLength("verifier", verifier, 200);
        v.ThrowIfInvalid();

        return await DecideAsync(id!.Value, context, report => report.AssignVerifier(verifier, time.GetUtcNow()));
    }

    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> ConfirmReport(ConfirmReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var findings = request.Findings.Trim();
        var bap = request.BapNumber.Trim();
        v.Required("findings", findings).MaxLength("findings", findings, DomainReport.MaxTextLength);
        v.Required("bap_number", bap).MaxLength("bap_number", bap, 100);
        for (var i = 0; i < request.AggravatingFacts.Count; i++)
            v.Check(request.AggravatingFacts[i] != Contracts.Reporting.V1.AggravatingFact.Unspecified
                    && Enum.IsDefined(request.AggravatingFacts[i]), $"aggravating_facts[{i}]", "is not an aggravating fact");
        v.Check(Enum.IsDefined(request.Impact), "impact", "is not an impact level");
        v.Check(request.AbsenceDaysThisYear is >= 0 and <= 366, "absence_days_this_year", "must be between 0 and 366");
        v.Check(request.ConsecutiveAbsenceDays is >= 0 and <= 366, "consecutive_absence_days", "must be between 0 and 366");
        v.Check(request.ConsecutiveAbsenceDays <= request.AbsenceDaysThisYear,
            "consecutive_absence_days", "cannot exceed absence_days_this_year");
        v.ThrowIfInvalid();

        var verification = new Verification(findings, bap,
            request.AggravatingFacts.Select(f => (DomainFact)f).ToList(),
            request.Impact == Contracts.Reporting.V1.Impact.Unspecified ? DomainImpact.Unit : (DomainImpact)request.Impact,
            request.AbsenceDaysThisYear, request.ConsecutiveAbsenceDays);
        var verifier = context.GetHttpContext().User.Identity?.Name ?? "unknown";
        return await DecideAsync(id!.Value, context, report =>
        {
            if (report.Category == Reports.ReportCategory.Absence && verification.AbsenceDaysThisYear == 0)
                throw ValidationFailedException.For("absence_days_this_year", "is required for an absence report");
            var now = time.GetUtcNow();
            report.Confirm(verification, verifier, now);
            outbox.Add(new ReportConfirmed(Ids.New(time), now, report.Id, report.SubjectNip!, report.Category.ToString(),
                report.IncidentAt, findings, verifier, bap,
                report.AggravatingFacts.Select(f => f.ToString()).ToList(), report.Impact!.Value.ToString(),
                report.TriageOutcome.ToString(), report.SubjectName, report.SubjectUnitCode, report.SubjectEmploymentType,
                report.SubjectPositionLevel, report.SubjectFrontLine, report.AbsenceDaysThisYear,
                report.ConsecutiveAbsenceDays, report.Platform, report.AccountNormalized ?? report.Account));
        });
    }

    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> DismissReport(DismissReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, DomainReport.MaxTextLength);
        v.ThrowIfInvalid();

        var verifier = context.GetHttpContext().User.Identity?.Name ?? "unknown";
        return await DecideAsync(id!.Value, context, report =>
        {
            var now = time.GetUtcNow();
            report.Dismiss(reason, verifier, now);
            outbox.Add(new ReportDismissed(Ids.New(time), now, report.Id, report.SubjectNip ?? "", reason));
        });
    }

    /// <summary>
    /// Loads the report, applies the move and saves it with its events. Two verifiers moving the same report at the
    /// same moment: the row version lets one win, and the other is told the state the report is now in.
    /// </summary>
    private async Task<ProtoReport> DecideAsync(Guid id, ServerCallContext context, Action<DomainReport> move)
    {
        var ct = context.CancellationToken;
        var report = await db.Reports.Include(r => r.Evidence).SingleOrDefaultAsync(r => r.Id == id, ct)
                     ?? throw new NotFoundException("Report", id.ToString());
        move(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(ct);
            var state = DomainReport.StateName(current);
            throw new InvalidStateException(
                $"Report {id} was moved by someone else at the same moment and is now {state.ToLowerInvariant().Replace('_', ' ')}.",
                state);
        }
        return ReportMapping.ToMessage(report, ReportMapping.Today(time), ReporterFor(report, context));
    }
}
