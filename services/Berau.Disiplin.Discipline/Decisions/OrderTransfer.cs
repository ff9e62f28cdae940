using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>An official orders a transfer on a case directly, with a reason, whether or not the policy recommended one.</summary>
public sealed record OrderTransfer(Guid CaseId, TransferDecree Order, string Reason, string OrderedBy)
{
    public static OrderTransfer From(Proto.OrderTransferRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var order = TransferDecreeFields.Read(v, request.ToUnitCode, request.ToPosition, request.DecreeNumber, request.EffectiveDate);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 2000);
        v.ThrowIfInvalid();
        return new OrderTransfer(id, order, reason, caller.Subject);
    }
}

/// <summary>Requests the transfer from Personnel. A transfer is not a sanction: no level is checked.</summary>
public sealed class OrderTransferHandler(CaseStore cases, TimeProvider time)
{
    public async Task<Case> HandleAsync(OrderTransfer command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.RequestTransfer(command.Order, command.Reason, command.OrderedBy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
