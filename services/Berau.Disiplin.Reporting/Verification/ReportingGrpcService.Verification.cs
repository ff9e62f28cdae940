using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Reports;
using Berau.Disiplin.Reporting.Verification;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using ProtoReport = Berau.Disiplin.Contracts.Reporting.V1.Report;

namespace Berau.Disiplin.Reporting;

/// <summary>Verification (verifikasi): the atasan langsung or Inspektorat examines, then confirms or dismisses.</summary>
public sealed partial class ReportingGrpcService
{
    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> AssignVerifier(AssignVerifierRequest request, ServerCallContext context)
    {
        var command = AssignVerifierMapping.ToCommand(request);
        var report = await context.Handler<AssignVerifierHandler>().HandleAsync(command, context.CancellationToken);
        return ReportMapping.ToMessage(report);
    }

    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> ConfirmReport(ConfirmReportRequest request, ServerCallContext context)
    {
        var command = ConfirmReportMapping.ToCommand(request, verifiedBy: CallerName(context));
        var report = await context.Handler<ConfirmReportHandler>().HandleAsync(command, context.CancellationToken);
        return ReportMapping.ToMessage(report);
    }

    [Authorize(Roles = Roles.Verifier)]
    public override async Task<ProtoReport> DismissReport(DismissReportRequest request, ServerCallContext context)
    {
        var command = DismissReportMapping.ToCommand(request, dismissedBy: CallerName(context));
        var report = await context.Handler<DismissReportHandler>().HandleAsync(command, context.CancellationToken);
        return ReportMapping.ToMessage(report);
    }
}
