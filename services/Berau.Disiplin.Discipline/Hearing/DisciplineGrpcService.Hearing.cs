using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Hearing;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// The hearing (PP 94/2021 Pasal 26–27): summons, attendance, examination and BAP, the tim pemeriksa, the temporary
/// release from duty, and who in the employee's line may decide. Every official is identified by the token's NIP and
/// checked against Personnel's organisation chain.
/// </summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> IssueSummons(IssueSummonsRequest request, ServerCallContext context)
    {
        var command = Hearing.IssueSummons.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<IssueSummonsHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> RecordSummonsAttendance(RecordSummonsAttendanceRequest request, ServerCallContext context)
    {
        var command = Hearing.RecordSummonsAttendance.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<RecordSummonsAttendanceHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> RecordExamination(RecordExaminationRequest request, ServerCallContext context)
    {
        var command = Hearing.RecordExamination.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<RecordExaminationHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> FormExaminationTeam(FormExaminationTeamRequest request, ServerCallContext context)
    {
        var command = Hearing.FormExaminationTeam.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<FormExaminationTeamHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> SuspendFromDuty(SuspendFromDutyRequest request, ServerCallContext context)
    {
        var command = Hearing.SuspendFromDuty.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<SuspendFromDutyHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Verifier},{Roles.Hr},{Roles.Auditor}")]
    public override async Task<EntitledOfficials> GetEntitledOfficials(GetEntitledOfficialsRequest request, ServerCallContext context)
    {
        var view = await context.Handler<GetEntitledOfficialsHandler>()
            .HandleAsync(Hearing.GetEntitledOfficials.From(request), context.CancellationToken);
        var response = new EntitledOfficials
        {
            CaseId = view.CaseId.ToString(),
            Level = (SanctionLevel)(int)view.Level,
            Explanation = view.Explanation,
        };
        response.Officials.AddRange(view.Officials.Select(CaseMapping.ToMessage));
        return response;
    }
}
