using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Primitives;
using Microsoft.Extensions.Options;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>The PPK (or designee) forms the tim pemeriksa of a case: by decree, with each member's role.</summary>
public sealed record FormExaminationTeam(Guid CaseId, string DecreeNumber, IReadOnlyList<(string Nip, TeamRole Role)> Members,
    string OfficialNip)
{
    public static FormExaminationTeam From(Proto.FormExaminationTeamRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var decree = v.RequiredText("decree_number", request.DecreeNumber, 100);
        v.Check(request.Members.Count > 0, "members", "is required: the atasan langsung, the Inspektorat and BKPSDM");
        v.Check(request.Members.Count <= 10, "members", "must list at most 10 members");
        var members = new List<(string, TeamRole)>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var nip = v.RequiredText($"members[{i}].nip", request.Members[i].Nip, 30);
            var role = request.Members[i].Role switch
            {
                Proto.TeamRole.AtasanLangsung => TeamRole.AtasanLangsung,
                Proto.TeamRole.Inspektorat => TeamRole.Inspektorat,
                Proto.TeamRole.Bkpsdm => TeamRole.Bkpsdm,
                _ => (TeamRole?)null,
            };
            v.Check(role is not null, $"members[{i}].role", "must be ATASAN_LANGSUNG, INSPEKTORAT or BKPSDM");
            members.Add((nip, role ?? default));
        }
        v.ThrowIfInvalid();
        return new FormExaminationTeam(id, decree, members, caller.OfficialNip());
    }
}

/// <summary>
/// Only the PPK (the Bupati at the top of the employee's line) or an official he designated (<c>Discipline:PpkDesignees</c>)
/// forms a team; each member is read from Personnel (active, their unit and level) and the case checks the composition.
/// </summary>
public sealed class FormExaminationTeamHandler(
    CaseStore cases,
    OrganisationChart organisation,
    IOptions<DisciplineOptions> options,
    TimeProvider time)
{
    public async Task<Case> HandleAsync(FormExaminationTeam command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.EnsureMayFormTeam();
        var chain = await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken);
        var formedBy = await FormerAsync(chain, command.OfficialNip, cancellationToken);

        var v = new Validator();
        var members = new List<TeamMember>();
        for (var i = 0; i < command.Members.Count; i++)
        {
            var (nip, role) = command.Members[i];
            var colleague = await organisation.EmployeeAsync(nip, cancellationToken);
            if (colleague is null) v.Add($"members[{i}].nip", $"'{nip}' is not an employee Personnel knows");
            else if (!colleague.Active) v.Add($"members[{i}].nip", $"{colleague.Official} is not active");
            else members.Add(new TeamMember { Official = colleague.Official, Role = role });
        }
        v.ThrowIfInvalid();

        var settings = options.Value;
        @case.FormExaminationTeam(command.DecreeNumber, members, formedBy,
            new TeamUnits(settings.InspektoratUnitCode, settings.BkpsdmUnitCode), chain.Level, time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }

    private async Task<Official> FormerAsync(SuperiorChain chain, string nip, CancellationToken cancellationToken)
    {
        if (chain.Ppk is { } ppk && ppk.Nip == nip) return ppk;
        if (options.Value.PpkDesignees.Contains(nip) && await organisation.EmployeeAsync(nip, cancellationToken) is { Active: true } designee)
            return designee.Official;
        throw new NotEntitledException(
            $"A tim pemeriksa is formed by the PPK{(chain.Ppk is { } p ? $", {p}," : " (the Bupati, whom Personnel's chain of this employee does not reach)")} " +
            $"or an official he designated (Discipline:PpkDesignees); not NIP {nip}.");
    }
}
