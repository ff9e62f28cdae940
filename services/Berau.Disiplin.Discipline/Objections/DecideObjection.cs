using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Objections;

/// <summary>An official decides a pending objection: upheld, lightened (to the named lighter sanction) or annulled.</summary>
public sealed record DecideObjection(Guid CaseId, ObjectionRuling Ruling, string OfficialNip)
{
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
            caller.OfficialNip());
    }
}

/// <summary>
/// The objection goes to the direct superior of the official who decided (Personnel's chain of that official, step 1),
/// never to that official or a peer (PP 79/2021). What is lighter is read from the case's policy version.
/// </summary>
public sealed class DecideObjectionHandler(CaseStore cases, PolicyStore policies, OrganisationChart organisation, TimeProvider time)
{
    public async Task<Case> HandleAsync(DecideObjection command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.EnsureObjectionPending();
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var decider = @case.Sanction!.DecidedByOfficial;
        var decidersChain = decider is null ? null : await organisation.SuperiorsOfAsync(decider.Nip, cancellationToken);
        var subjectsChain = decider is null ? await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken) : null;
        var official = @case.EnsureMayDecideObjection(command.OfficialNip, decidersChain, subjectsChain, policy.Authority);
        @case.DecideObjection(command.Ruling, official, policy, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
