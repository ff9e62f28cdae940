using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Primitives;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>
/// Who decides a mutasi linked to a case: the PPK, the Bupati at the top of the employee's line (PP 11/2017: transfers
/// inside one Instansi Daerah are his), or an official he delegated (<c>Discipline:TransferDelegates</c>). Never any
/// other official, whatever the token says.
/// </summary>
public sealed class TransferAuthority(OrganisationChart organisation, IOptions<DisciplineOptions> options)
{
    public async Task EnsureMayDecideAsync(Case @case, string nip, CancellationToken cancellationToken)
    {
        if (options.Value.TransferDelegates.Contains(nip)) return;
        var chain = await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken);
        if (chain.Ppk is { } ppk && ppk.Nip == nip) return;
        throw new NotEntitledException(
            $"A mutasi is decided by the PPK{(chain.Ppk is { } p ? $", {p}," : " (the Bupati, whom Personnel's chain of this employee does not reach)")} " +
            $"or an official he delegated (Discipline:TransferDelegates); not NIP {nip}.");
    }
}
