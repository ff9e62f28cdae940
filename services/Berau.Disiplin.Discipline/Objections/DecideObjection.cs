using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Objections;

/// <summary>An official decides a pending objection: upheld, lightened (to the named lighter sanction) or annulled.</summary>
public sealed record DecideObjection(Guid CaseId, ObjectionRuling Ruling, string OfficialId, PositionLevel OfficialLevel)
{
    /// <summary>Validates the fields, then the caller's position level (an official without one cannot decide).</summary>
    public static DecideObjection From(Proto.DecideObjectionRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        v.Check(request.Outcome != Proto.ObjectionOutcome.Unspecified && Enum.IsDefined(request.Outcome), "outcome",
            "must be upheld, lightened or annulled");
        var lighter = request.LighterSanctionCode.Trim().ToUpperInvariant();
        if (request.Outcome == Proto.ObjectionOutcome.Lightened) v.Required("lighter_sanction_code", lighter);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 4000);
        v.ThrowIfInvalid();
        return new DecideObjection(id, new ObjectionRuling((ObjectionOutcome)request.Outcome, lighter.Length > 0 ? lighter : null, reason),
            caller.Subject, caller.OfficialLevel());
    }
}

/// <summary>Who may decide, and what is lighter, is read from the case's policy version.</summary>
public sealed class DecideObjectionHandler(CaseStore cases, PolicyStore policies, TimeProvider time)
{
    public async Task<Case> HandleAsync(DecideObjection command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        @case.DecideObjection(command.Ruling, command.OfficialId, command.OfficialLevel, policy, time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
