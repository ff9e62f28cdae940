using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.Discipline;

/// <summary>Reading cases and discipline records.</summary>
public sealed partial class DisciplineGrpcService
{
    private const string ReadRoles = $"{Roles.Official},{Roles.Verifier},{Roles.Hr},{Roles.Auditor},{Roles.Employee}";

    [Authorize(Roles = ReadRoles)]
    public override async Task<Case> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        var query = Cases.GetCase.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<GetCaseHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = ReadRoles)]
    public override async Task<Case> GetCaseByReport(GetCaseByReportRequest request, ServerCallContext context)
    {
        var query = Cases.GetCaseByReport.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<GetCaseByReportHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr},{Roles.Auditor}")]
    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        var page = await context.Handler<ListCasesHandler>().HandleAsync(Cases.ListCases.From(request), context.CancellationToken);
        var response = new ListCasesResponse { NextPageToken = page.NextPageToken ?? "" };
        response.Cases.AddRange(page.Cases.Select(c => CaseMapping.ToMessage(c, withTimeline: false)));
        return response;
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr},{Roles.Auditor},{Roles.Employee}")]
    public override async Task<DisciplineRecord> GetDisciplineRecord(GetDisciplineRecordRequest request, ServerCallContext context)
    {
        var query = Cases.GetDisciplineRecord.From(request, Caller.Of(context));
        var record = new DisciplineRecord { Nip = query.Nip };
        record.Cases.AddRange((await context.Handler<GetDisciplineRecordHandler>().HandleAsync(query, context.CancellationToken))
            .Select(c => CaseMapping.ToMessage(c, withTimeline: false)));
        return record;
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr},{Roles.Auditor},{Roles.Service},{Roles.Employee}")]
    public override async Task<DisciplineStatus> GetDisciplineStatus(GetDisciplineStatusRequest request, ServerCallContext context)
    {
        var query = Cases.GetDisciplineStatus.From(request, Caller.Of(context));
        var result = await context.Handler<GetDisciplineStatusHandler>().HandleAsync(query, context.CancellationToken);
        var status = new DisciplineStatus { Nip = result.Nip, OnDate = Wita.Iso(result.OnDate), Standing = result.Standing };
        status.Cases.AddRange(result.Cases.Select(e => new DisciplineStatusEntry
        {
            CaseId = e.Case.Id.ToString(),
            Standing = e.Standing,
            SanctionCode = e.Case.Sanction?.Code ?? "",
            SanctionName = e.Case.Sanction?.Name ?? "",
            LetterNumber = e.Case.Sanction?.LetterNumber ?? "",
            EffectiveDate = e.Case.Sanction?.EffectiveDate is { } effective ? Wita.Iso(effective) : "",
            ServedOn = e.ServedOn is { } served ? Wita.Iso(served) : "",
            DatesProvisional = e.Case.Sanction?.DatesProvisional ?? false,
            Reason = e.Reason,
        }));
        return status;
    }
}
