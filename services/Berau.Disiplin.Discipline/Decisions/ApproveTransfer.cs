using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>The PPK (or a delegate) approves the transfer the policy recommended, with the SK Mutasi and its ground.</summary>
public sealed record ApproveTransfer(Guid CaseId, TransferDecree Order, string ApprovedBy)
{
    public static ApproveTransfer From(Proto.ApproveTransferRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var order = TransferDecreeFields.Read(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber, request.EffectiveDate,
            request.Ground, request.Reason);
        v.ThrowIfInvalid();
        return new ApproveTransfer(id, order, caller.OfficialNip());
    }
}

/// <summary>Requests the transfer from Personnel. A transfer is not a sanction: the PPK decides it, no sanction level is checked.</summary>
public sealed class ApproveTransferHandler(CaseStore cases, TransferAuthority authority, TimeProvider time)
{
    public async Task<Case> HandleAsync(ApproveTransfer command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        await authority.EnsureMayDecideAsync(@case, command.ApprovedBy, cancellationToken);
        @case.ApproveRecommendedTransfer(command.Order, command.ApprovedBy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
