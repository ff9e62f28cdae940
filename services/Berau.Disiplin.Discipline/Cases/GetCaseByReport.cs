using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// The case a confirmed report opened, or joined (a further report about an employee whose case was before its decision);
/// not found until Discipline has consumed the confirmation.
/// </summary>
public sealed record GetCaseByReport(Guid ReportId, Caller Caller)
{
    public static GetCaseByReport From(Proto.GetCaseByReportRequest request, Caller caller)
    {
        var v = new Validator();
        var reportId = v.RequiredUuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        return new GetCaseByReport(reportId, caller);
    }
}

public sealed class GetCaseByReportHandler(CaseStore cases)
{
    public async Task<Case> HandleAsync(GetCaseByReport query, CancellationToken cancellationToken)
    {
        var @case = await cases.ReadAsync(CaseStore.ForReport(query.ReportId), cancellationToken)
                    ?? throw new NotFoundException("Case for report", query.ReportId.ToString());
        query.Caller.EnsureMayRead(@case);
        return @case;
    }
}
