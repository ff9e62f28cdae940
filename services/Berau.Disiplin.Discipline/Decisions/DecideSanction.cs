using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>
/// An official imposes a sanction on an open case: the proposal when <paramref name="SanctionCode"/> is empty, else the
/// named one with a <paramref name="Reason"/>.
/// </summary>
public sealed record DecideSanction(Guid CaseId, string? SanctionCode, string Reason, string OfficialId, PositionLevel OfficialLevel)
{
    /// <summary>Validates the fields, then the caller's position level (an official without one cannot decide).</summary>
    public static DecideSanction From(Proto.DecideSanctionRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var code = request.SanctionCode.Trim().ToUpperInvariant();
        var reason = request.Reason.Trim();
        v.MaxLength("sanction_code", code, 20).MaxLength("reason", reason, 2000);
        v.ThrowIfInvalid();
        return new DecideSanction(id, code.Length > 0 ? code : null, reason, caller.Subject, caller.OfficialLevel());
    }
}

/// <summary>
/// The case's policy version says which sanctions the employee can receive and who may impose them (PP 94/2021); the
/// letter number and the dates are taken in the decision's own transaction.
/// </summary>
public sealed class DecideSanctionHandler(DisciplineDbContext db, CaseStore cases, PolicyStore policies, SanctionIssuer issuer)
{
    public async Task<Case> HandleAsync(DecideSanction command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var choice = @case.ChooseSanction(policy, command.SanctionCode, command.Reason);
        @case.EnsureMayImpose(policy.Authority, command.OfficialLevel, choice.Sanction.Level);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await issuer.IssueAsync(@case, policy, choice, new Decider(command.OfficialId, command.OfficialLevel),
            Activity.Current?.TraceId.ToString(), cancellationToken);
        await cases.SaveAsync(@case, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return @case;
    }
}
