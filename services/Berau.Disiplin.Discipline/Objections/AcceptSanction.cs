using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Objections;

/// <summary>The employee accepts the sanction on their own case and waives the objection, so the case can close the same day.</summary>
public sealed record AcceptSanction(Guid CaseId, Caller Employee)
{
    public static AcceptSanction From(Proto.AcceptSanctionRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        v.ThrowIfInvalid();
        return new AcceptSanction(id, caller);
    }
}

public sealed class AcceptSanctionHandler(CaseStore cases, TimeProvider time)
{
    public async Task<Case> HandleAsync(AcceptSanction command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        command.Employee.EnsureIsSubjectOf(@case);
        @case.Accept(command.Employee.Subject, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
