using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
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
}
