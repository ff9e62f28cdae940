using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;
using CaseStatus = Berau.Disiplin.Contracts.Discipline.V1.CaseStatus;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainCase = Berau.Disiplin.Discipline.Cases.Case;
using DomainStatus = Berau.Disiplin.Discipline.Cases.CaseStatus;

namespace Berau.Disiplin.Discipline;

public sealed partial class DisciplineGrpcService
{
    private const string ReadRoles = $"{Roles.Official},{Roles.Verifier},{Roles.Hr},{Roles.Auditor},{Roles.Employee}";

    [Authorize(Roles = ReadRoles)]
    public override async Task<Case> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        v.ThrowIfInvalid();
        var @case = await db.Cases.AsNoTracking().Include(c => c.Timeline)
                        .SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken)
                    ?? throw new NotFoundException("Case", request.CaseId);
        EnsureMayRead(@case, CallerOf(context));
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = ReadRoles)]
    public override async Task<Case> GetCaseByReport(GetCaseByReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var reportId = v.Uuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        var @case = await db.Cases.AsNoTracking().Include(c => c.Timeline)
                        .SingleOrDefaultAsync(c => c.ReportId == reportId, context.CancellationToken)
                    ?? throw new NotFoundException("Case for report", request.ReportId);
        EnsureMayRead(@case, CallerOf(context));
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr},{Roles.Auditor}")]
    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var pageSize = PageToken.PageSize(v, request.PageSize, max: 200);
        v.Check(request.Status == CaseStatus.Unspecified || Enum.IsDefined(request.Status), "status", "is not a case status");
        v.MaxLength("subject_nip", request.SubjectNip, 30);
        var filter = PageToken.Filter("cases", request.Status.ToString(), request.SubjectNip.Trim());
        var after = PageToken.DecodeTimeAndId(v, request.PageToken, filter);
        v.ThrowIfInvalid();

        IQueryable<DomainCase> query = db.Cases.AsNoTracking();
        if (request.Status != CaseStatus.Unspecified)
        {
            var status = (DomainStatus)request.Status;
            query = query.Where(c => c.Status == status);
        }
        if (request.SubjectNip.Trim() is { Length: > 0 } nip) query = query.Where(c => c.SubjectNip == nip);
        if (after is { } cursor)
            query = query.Where(c => c.OpenedAt < cursor.At || (c.OpenedAt == cursor.At && c.Id.CompareTo(cursor.Id) < 0));
        var page = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListCasesResponse();
        response.Cases.AddRange(page.Take(pageSize).Select(c => CaseMapping.ToMessage(c, withTimeline: false)));
        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1];
            response.NextPageToken = PageToken.EncodeTimeAndId(filter, last.OpenedAt, last.Id);
        }
        return response;
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr},{Roles.Auditor},{Roles.Employee}")]
    public override async Task<DisciplineRecord> GetDisciplineRecord(GetDisciplineRecordRequest request, ServerCallContext context)
    {
        var nip = request.Nip.Trim();
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, 30);
        v.ThrowIfInvalid();
        var caller = CallerOf(context);
        if (!caller.IsIn(Roles.Official) && !caller.IsIn(Roles.Hr) && !caller.IsIn(Roles.Auditor) && caller.Nip != nip)
            throw new NotEntitledException("An employee may see only their own discipline record.");

        var cases = await db.Cases.AsNoTracking().Where(c => c.SubjectNip == nip)
            .OrderByDescending(c => c.OpenedAt).ToListAsync(context.CancellationToken);
        var record = new DisciplineRecord { Nip = nip };
        record.Cases.AddRange(cases.Select(c => CaseMapping.ToMessage(c, withTimeline: false)));
        return record;
    }
}
