using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Reports;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using ProtoReport = Berau.Disiplin.Contracts.Reporting.V1.Report;

namespace Berau.Disiplin.Reporting;

/// <summary>Reports (laporan): submitted by a portal, followed by tracking code, read and listed by verifiers and auditors.</summary>
public sealed partial class ReportingGrpcService
{
    [Authorize(Roles = Roles.Reporter)]
    public override async Task<SubmitReportResponse> SubmitReport(SubmitReportRequest request, ServerCallContext context)
    {
        var command = SubmitReportMapping.ToCommand(request, time.GetUtcNow(), options.Value);
        var report = await context.Handler<SubmitReportHandler>().HandleAsync(command, context.CancellationToken);
        return SubmitReportMapping.ToResponse(report, CallerIsVerifier(context));
    }

    [Authorize(Roles = $"{Roles.Reporter},{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ReportStatusView> GetReportStatus(GetReportStatusRequest request, ServerCallContext context)
    {
        var query = GetReportStatusMapping.ToQuery(request);
        var progress = await context.Handler<GetReportStatusHandler>().HandleAsync(query, context.CancellationToken);
        return GetReportStatusMapping.ToResponse(progress);
    }

    [Authorize(Roles = $"{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ProtoReport> GetReport(GetReportRequest request, ServerCallContext context)
    {
        var query = GetReportMapping.ToQuery(request, CallerIsVerifier(context));
        var report = await context.Handler<GetReportHandler>().HandleAsync(query, context.CancellationToken);
        return ReportMapping.ToMessage(report);
    }

    [Authorize(Roles = $"{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        var query = ListReportsMapping.ToQuery(request, CallerIsVerifier(context));
        var page = await context.Handler<ListReportsHandler>().HandleAsync(query, context.CancellationToken);
        return ListReportsMapping.ToResponse(page);
    }
}
