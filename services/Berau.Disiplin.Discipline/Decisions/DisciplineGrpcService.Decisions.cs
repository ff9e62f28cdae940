using System.Diagnostics;
using System.Globalization;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;
using Microsoft.AspNetCore.Authorization;
using DomainCase = Berau.Disiplin.Discipline.Cases.Case;
using PolicyLevel = Berau.Disiplin.Discipline.Policy.PositionLevel;

namespace Berau.Disiplin.Discipline;

/// <summary>Decisions of the pejabat yang berwenang menghukum: the sanction, and transfers linked to the case.</summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> DecideSanction(DecideSanctionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        var code = request.SanctionCode.Trim().ToUpperInvariant();
        var reason = request.Reason.Trim();
        v.MaxLength("sanction_code", code, 20).MaxLength("reason", reason, 2000);
        v.ThrowIfInvalid();

        var caller = CallerOf(context);
        var officialLevel = OfficialLevel(caller);
        var @case = await LoadAsync(id!.Value, ct);
        var policy = (await policies.BookAsync(ct)).Get(@case.PolicyVersion);
        if (code.Length == 0)
            code = @case.ProposedCode ?? throw ValidationFailedException.For("sanction_code",
                "is required: the policy proposed no sanction for this case");
        var facts = await workflow.OffenceFactsAsync(@case, ct);
        var ladder = policy.LadderFor(facts.EmploymentType);
        if (ladder.FirstOrDefault(s => s.Code == code) is not { } sanction)
            throw ValidationFailedException.For("sanction_code",
                $"'{code}' is not a sanction for {facts.EmploymentType} staff; one of {string.Join(", ", ladder.Select(s => s.Code))}");
        if (code != @case.ProposedCode && reason.Length == 0)
            throw ValidationFailedException.For("reason", $"is required when departing from the proposal ({@case.ProposedCode})");

        // PP 94/2021: only the official entitled over this employee may impose this level.
        CaseWorkflow.EnsureEntitled(policy, officialLevel, @case, sanction.Level);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var explanation = code == @case.ProposedCode
            ? @case.Explanation ?? ""
            : $"Decided by the official instead of the proposal {@case.ProposedCode}: {reason}";
        await workflow.IssueAsync(@case, policy, sanction, caller.Subject, officialLevel.ToString(),
            code == @case.ProposedCode ? @case.RuleId : null, explanation, Activity.Current?.TraceId.ToString(), ct);
        await SaveAsync(@case, ct);
        await transaction.CommitAsync(ct);
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> ApproveTransfer(ApproveTransferRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        var (unit, position, decree, effective) = TransferFields(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber,
            request.EffectiveDate);
        v.ThrowIfInvalid();

        var @case = await LoadAsync(id!.Value, context.CancellationToken);
        @case.RequireRecommendedTransfer();
        workflow.RequestTransfer(@case, new TransferRequest(unit, position, decree, effective!.Value,
            @case.TransferRecommendationReason ?? "Recommended by the sanction policy", CallerOf(context).Subject),
            Activity.Current?.TraceId.ToString());
        await SaveAsync(@case, context.CancellationToken);
        return CaseMapping.ToMessage(@case);
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> OrderTransfer(OrderTransferRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("case_id", request.CaseId);
        var (unit, position, decree, effective) = TransferFields(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber,
            request.EffectiveDate);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 2000);
        v.ThrowIfInvalid();

        var @case = await LoadAsync(id!.Value, context.CancellationToken);
        workflow.RequestTransfer(@case, new TransferRequest(unit, position, decree, effective!.Value, reason, CallerOf(context).Subject),
            Activity.Current?.TraceId.ToString());
        await SaveAsync(@case, context.CancellationToken);
        return CaseMapping.ToMessage(@case);
    }

    private static (string Unit, string Position, string Decree, DateOnly? Effective) TransferFields(Validator v,
        string unitCode, string position, string decree, string effectiveDate)
    {
        var unit = unitCode.Trim().ToUpperInvariant();
        v.Required("to_unit_code", unit).MaxLength("to_unit_code", unit, 50);
        v.Required("to_position", position).MaxLength("to_position", position, 200);
        v.Required("decree_number", decree).MaxLength("decree_number", decree, 100);
        DateOnly? effective = null;
        if (DateOnly.TryParseExact(effectiveDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            effective = date;
        else
            v.Add("effective_date", "must be a date as yyyy-MM-dd");
        return (unit, position.Trim(), decree.Trim(), effective);
    }

    /// <summary>The official's position level, from the token's <c>position_level</c> claim.</summary>
    private static PolicyLevel OfficialLevel(Caller caller)
    {
        var claim = caller.PositionLevel;
        return CaseWorkflow.ParseLevel(claim) ?? throw new NotEntitledException(
            claim is null
                ? "The token carries no position_level claim, so the caller's authority cannot be checked."
                : $"'{claim}' is not a position level (JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, BUPATI, ...).");
    }
}
