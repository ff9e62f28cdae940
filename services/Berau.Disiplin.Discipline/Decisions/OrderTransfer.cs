using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>The PPK (or a delegate) orders a transfer linked to the case, whether or not the policy recommended one.</summary>
public sealed record OrderTransfer(Guid CaseId, TransferDecree Order, string OrderedBy)
{
    public static OrderTransfer From(Proto.OrderTransferRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var order = TransferDecreeFields.Read(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber, request.EffectiveDate,
            request.Ground, request.Reason);
        v.ThrowIfInvalid();
        return new OrderTransfer(id, order, caller.OfficialNip());
    }
}

/// <summary>Requests the transfer from Personnel. A transfer is not a sanction: the PPK decides it, no sanction level is checked.</summary>
public sealed class OrderTransferHandler(CaseStore cases, TransferAuthority authority, TimeProvider time)
{
    public async Task<Case> HandleAsync(OrderTransfer command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        await authority.EnsureMayDecideAsync(@case, command.OrderedBy, cancellationToken);
        @case.RequestTransfer(command.Order, command.OrderedBy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
