using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>The PPK (or a delegate) declines the transfer the policy recommended, with a reason, so the case can close.</summary>
public sealed record DeclineTransfer(Guid CaseId, string Reason, string DeclinedBy)
{
    public static DeclineTransfer From(Proto.DeclineTransferRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var reason = v.RequiredText("reason", request.Reason, 2000);
        v.ThrowIfInvalid();
        return new DeclineTransfer(id, reason, caller.OfficialNip());
    }
}

public sealed class DeclineTransferHandler(CaseStore cases, TransferAuthority authority, TimeProvider time)
{
    public async Task<Case> HandleAsync(DeclineTransfer command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        await authority.EnsureMayDecideAsync(@case, command.DeclinedBy, cancellationToken);
        @case.DeclineRecommendedTransfer(command.Reason, command.DeclinedBy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
