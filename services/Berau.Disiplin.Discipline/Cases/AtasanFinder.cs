using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Primitives;
using Grpc.Core;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Asks Personnel who the employee's atasan langsung is and counts the day the summons is due (the case's opening day
/// plus the policy's summons window, on the unit's calendar). Null when Personnel does not answer: the case waits for
/// its atasan, it is never held up or lost.
/// </summary>
public sealed class AtasanFinder(OrganisationChart organisation, SanctionDeadlines days)
{
    public async Task<AtasanLookup?> TryFindAsync(Case @case, PolicySettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var chain = await organisation.SuperiorsOfAsync(@case.SubjectNip, cancellationToken);
            var due = await days.AddAsync(Wita.LocalDate(@case.OpenedAt), settings.SummonsWindow, @case.UnitCode, cancellationToken);
            return new AtasanLookup(chain?.AtasanLangsung, due);
        }
        catch (RpcException ex) when (TransientFaults.IsTransient(ex))
        {
            return null;
        }
    }
}
