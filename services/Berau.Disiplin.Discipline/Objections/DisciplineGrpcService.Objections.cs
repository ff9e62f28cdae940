using System.Diagnostics;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Calendar;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;
using ObjectionOutcome = Berau.Disiplin.Contracts.Discipline.V1.ObjectionOutcome;
using Microsoft.AspNetCore.Authorization;
using DomainOutcome = Berau.Disiplin.Discipline.Cases.ObjectionOutcome;
using PolicyLevel = Berau.Disiplin.Discipline.Policy.PositionLevel;

namespace Berau.Disiplin.Discipline;

/// <summary>The employee's side: accepting the sanction, or objecting (keberatan, PP 79/2021) to the official's superior.</summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = Roles.Employee)]
    public override async Task<Case> AcceptSanction(AcceptSanctionRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        v.ThrowIfInvalid();
        var @case = await LoadOwnAsync(id!.Value, context);
        var traceId = Activity.Current?.TraceId.ToString();
        @case.Accept(CallerOf(context).Subject, time.GetUtcNow(), traceId);
        workflow.CloseIfDone(@case, traceId);
        await SaveAsync(@case, context.CancellationToken);
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = Roles.Employee)]
    public override async Task<Case> FileObjection(FileObjectionRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 4000);
        v.ThrowIfInvalid();
        var @case = await LoadOwnAsync(id!.Value, context);
        var now = time.GetUtcNow();
        var objectionId = @case.FileObjection(Ids.New(time), reason, CallerOf(context).Subject, WorkingCalendar.Today(time), now,
            Activity.Current?.TraceId.ToString());
        outbox.Add(new ObjectionFiled
        {
            EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId, SubjectNip = @case.SubjectNip,
            ObjectionId = objectionId,
        });
        await SaveAsync(@case, context.CancellationToken);
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> DecideObjection(DecideObjectionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        v.Check(request.Outcome != ObjectionOutcome.Unspecified && Enum.IsDefined(request.Outcome), "outcome",
            "must be upheld, lightened or annulled");
        var lighterCode = request.LighterSanctionCode.Trim().ToUpperInvariant();
        if (request.Outcome == ObjectionOutcome.Lightened) v.Required("lighter_sanction_code", lighterCode);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 4000);
        v.ThrowIfInvalid();

        var caller = CallerOf(context);
        var deciderLevel = OfficialLevel(caller);
        var @case = await LoadAsync(id!.Value, ct);
        if (@case.Status != Cases.CaseStatus.ObjectionPending)
            throw new InvalidStateException($"Case {@case.Id} has no objection waiting for a decision.", Cases.Case.StateName(@case.Status));
        var policy = (await policies.BookAsync(ct)).Get(@case.PolicyVersion);
        // The objection goes to the superior of the official who decided (keberatan, PP 79/2021). When the sanction was
        // issued in the verifying supervisor's name, whose level the case does not know, the decider must at least
        // hold the authority over this employee for the sanction's level.
        if (CaseWorkflow.ParseLevel(@case.DecidedByLevel) is { } decidedBy)
        {
            if (Rank(deciderLevel) <= Rank(decidedBy))
                throw new NotEntitledException(
                    $"An objection is decided by a superior of the deciding official ({decidedBy}); a {deciderLevel} is not.");
        }
        else
        {
            CaseWorkflow.EnsureEntitled(policy, deciderLevel, @case, @case.SanctionLevel!.Value);
        }

        Policy.SanctionType? lighter = null;
        if (request.Outcome == ObjectionOutcome.Lightened)
        {
            var ladder = policy.LadderFor((await workflow.OffenceFactsAsync(@case, ct)).EmploymentType).ToList();
            var current = ladder.FindIndex(s => s.Code == @case.SanctionCode);
            var index = ladder.FindIndex(s => s.Code == lighterCode);
            if (index < 0 || current < 0 || index >= current)
                throw ValidationFailedException.For("lighter_sanction_code",
                    $"must be a sanction lighter than {@case.SanctionCode}: one of {string.Join(", ", ladder.Take(Math.Max(current, 0)).Select(s => s.Code))}");
            lighter = ladder[index];
        }

        var now = time.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var outcome = (DomainOutcome)request.Outcome;
        @case.DecideObjection(outcome, lighter, reason, caller.Subject, now, traceId);
        outbox.Add(new ObjectionDecided
        {
            EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId, SubjectNip = @case.SubjectNip,
            ObjectionId = @case.ObjectionId!.Value, Outcome = outcome.ToString(),
            SanctionCode = outcome == DomainOutcome.Annulled ? null : @case.SanctionCode, DecidedBy = caller.Subject,
        });
        workflow.CloseIfDone(@case, traceId);
        await SaveAsync(@case, ct);
        return CaseMapping.ToMessage(@case);
    }

    private async Task<Cases.Case> LoadOwnAsync(Guid id, ServerCallContext context)
    {
        var @case = await LoadAsync(id, context.CancellationToken);
        if (!@case.IsSubject(CallerOf(context).Nip))
            throw new NotEntitledException("An employee may act only on their own cases (the token's nip claim).");
        return @case;
    }

    /// <summary>Higher is more senior.</summary>
    private static int Rank(PolicyLevel level) => level switch
    {
        PolicyLevel.Bupati => 5,
        PolicyLevel.JptPratama => 4,
        PolicyLevel.Administrator => 3,
        PolicyLevel.Pengawas => 2,
        _ => 1,
    };
}
