using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>One case with its timeline, for whoever may see it.</summary>
public sealed record GetCase(Guid CaseId, Caller Caller)
{
    public static GetCase From(Proto.GetCaseRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        v.ThrowIfInvalid();
        return new GetCase(id, caller);
    }
}

public sealed class GetCaseHandler(CaseStore cases)
{
    public async Task<Case> HandleAsync(GetCase query, CancellationToken cancellationToken)
    {
        var @case = await cases.ReadAsync(c => c.Id == query.CaseId, cancellationToken)
                    ?? throw new NotFoundException("Case", query.CaseId.ToString());
        query.Caller.EnsureMayRead(@case);
        return @case;
    }
}
