using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>An official approves the transfer the policy recommended, with the decree's details.</summary>
public sealed record ApproveTransfer(Guid CaseId, TransferDecree Order, string ApprovedBy)
{
    public static ApproveTransfer From(Proto.ApproveTransferRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var order = TransferDecreeFields.Read(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber, request.EffectiveDate);
        v.ThrowIfInvalid();
        return new ApproveTransfer(id, order, caller.Subject);
    }
}

/// <summary>Requests the transfer from Personnel, for the policy's reason. A transfer is not a sanction: no level is checked.</summary>
public sealed class ApproveTransferHandler(CaseStore cases, TimeProvider time)
{
    public async Task<Case> HandleAsync(ApproveTransfer command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.ApproveRecommendedTransfer(command.Order, command.ApprovedBy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
