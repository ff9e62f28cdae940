using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Hosting.Validation;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainReport = Berau.Disiplin.Reporting.Reports.Report;
using DomainCategory = Berau.Disiplin.Reporting.Reports.ReportCategory;
using DomainStatus = Berau.Disiplin.Reporting.Reports.ReportStatus;

namespace Berau.Disiplin.Reporting;

public sealed partial class ReportingGrpcService
{
    [Authorize(Roles = Roles.Reporter)]
    public override async Task<SubmitReportResponse> SubmitReport(SubmitReportRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var nip = request.SubjectNip.Trim();
        var description = request.Description.Trim();
        var v = new Validator();
        v.Required("subject_nip", nip).MaxLength("subject_nip", nip, DomainReport.MaxNipLength);
        v.Check(request.Category != ReportCategory.Unspecified && System.Enum.IsDefined(request.Category),
            "category", "must be one of the report categories");
        if (request.OccurredAt is null) v.Add("occurred_at", "is required");
        else v.Check(request.OccurredAt.ToDateTimeOffset() <= now.AddMinutes(5), "occurred_at", "must not be in the future");
        v.Required("description", description).MaxLength("description", description, DomainReport.MaxDescriptionLength);
        v.ThrowIfInvalid();

        var report = DomainReport.Submit(Ids.New(time), nip, (DomainCategory)request.Category,
            request.OccurredAt!.ToDateTimeOffset(), description, now);
        db.Reports.Add(report);
        outbox.Add(new ReportSubmitted(Ids.New(time), now, report.Id, report.SubjectNip,
            report.Category.ToString(), report.IncidentAt));
        await db.SaveChangesAsync(context.CancellationToken);
        return new SubmitReportResponse { ReportId = report.Id.ToString(), Status = ReportStatus.Submitted };
    }

    [Authorize(Roles = Roles.Verifier)]
    public override async Task<Report> ConfirmReport(ConfirmReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var findings = request.Findings.Trim();
        v.Required("findings", findings).MaxLength("findings", findings, DomainReport.MaxDescriptionLength);
        v.ThrowIfInvalid();

        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                     ?? throw new NotFoundException("Report", request.ReportId);
        var now = time.GetUtcNow();
        var verifier = context.GetHttpContext().User.Identity?.Name ?? "unknown";
        report.Confirm(findings, verifier, now);
        outbox.Add(new ReportConfirmed(Ids.New(time), now, report.Id, report.SubjectNip, report.Category.ToString(),
            report.IncidentAt, findings, verifier));
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another verifier moved the report first: theirs is the one confirmation.
            throw new InvalidStateException($"Report {report.Id} was changed by someone else at the same moment.", "CHANGED");
        }
        return ToMessage(report);
    }

    [Authorize(Roles = $"{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<Report> GetReport(GetReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                     ?? throw new NotFoundException("Report", request.ReportId);
        return ToMessage(report);
    }

    private static Report ToMessage(DomainReport report) => new()
    {
        ReportId = report.Id.ToString(),
        SubjectNip = report.SubjectNip,
        Category = (ReportCategory)report.Category,
        OccurredAt = Timestamp.FromDateTimeOffset(report.IncidentAt),
        Description = report.Description,
        Status = report.Status switch
        {
            DomainStatus.Submitted => ReportStatus.Submitted,
            DomainStatus.Confirmed => ReportStatus.Confirmed,
            DomainStatus.Dismissed => ReportStatus.Dismissed,
            _ => ReportStatus.Unspecified,
        },
        Findings = report.Findings ?? "",
        SubmittedAt = Timestamp.FromDateTimeOffset(report.SubmittedAt),
        ConfirmedAt = report.ConfirmedAt is { } c ? Timestamp.FromDateTimeOffset(c) : null,
    };
}
