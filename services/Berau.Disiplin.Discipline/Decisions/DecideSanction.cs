using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>
/// The entitled official decides the sanction of a heard case: the proposal when <paramref name="SanctionCode"/> is
/// empty, else the named one with a <paramref name="Reason"/>. The official is the token's NIP.
/// </summary>
public sealed record DecideSanction(Guid CaseId, string? SanctionCode, string Reason, string OfficialNip)
{
    public static DecideSanction From(Proto.DecideSanctionRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var code = request.SanctionCode.Trim().ToUpperInvariant();
        var reason = request.Reason.Trim();
        v.MaxLength("sanction_code", code, 20).MaxLength("reason", reason, 2000);
        v.ThrowIfInvalid();
        return new DecideSanction(id, code.Length > 0 ? code : null, reason, caller.OfficialNip());
    }
}

/// <summary>
/// In this order: the sanction must be on the employee's ladder; the case must be heard (an examination, or two missed
/// summonses: PP 94/2021 Pasal 27); the official must be in the employee's line and entitled to the sanction's level
/// under the case's policy version, whatever the token says. The letter number and the dates are taken in the
/// decision's own transaction.
/// </summary>
public sealed class DecideSanctionHandler(
    DisciplineDbContext db,
    CaseStore cases,
    PolicyStore policies,
    OrganisationChart organisation,
    SanctionIssuer issuer,
    CaseLetters documents)
{
    public async Task<Case> HandleAsync(DecideSanction command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var choice = @case.ChooseSanction(policy, command.SanctionCode, command.Reason);
        @case.EnsureHeard();
        var chain = await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken);
        var official = @case.EnsureMayImpose(policy.Authority, chain, command.OfficialNip, choice.Sanction.Level);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await issuer.IssueAsync(@case, policy, choice, official, Activity.Current?.TraceId.ToString(), cancellationToken);
        await documents.StoreDecisionAsync(@case, policy, chain, Activity.Current?.TraceId.ToString(), cancellationToken);
        await cases.SaveAsync(@case, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return @case;
    }
}
