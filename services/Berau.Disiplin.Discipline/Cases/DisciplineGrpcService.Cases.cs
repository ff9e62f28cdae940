using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Hosting.Validation;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainCase = Berau.Disiplin.Discipline.Cases.Case;
using DomainStatus = Berau.Disiplin.Discipline.Cases.CaseStatus;

namespace Berau.Disiplin.Discipline;

public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = $"{Roles.Official},{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<Case> GetCaseByReport(GetCaseByReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var reportId = v.Uuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.ReportId == reportId, context.CancellationToken)
                    ?? throw new NotFoundException("Case for report", request.ReportId);
        return ToMessage(@case);
    }

    private static Case ToMessage(DomainCase @case) => new()
    {
        CaseId = @case.Id.ToString(),
        ReportId = @case.ReportId.ToString(),
        SubjectNip = @case.SubjectNip,
        Status = @case.Status == DomainStatus.Open ? CaseStatus.Open : CaseStatus.Closed,
        OpenedAt = Timestamp.FromDateTimeOffset(@case.OpenedAt),
        TraceId = @case.TraceId ?? "",
    };
}
