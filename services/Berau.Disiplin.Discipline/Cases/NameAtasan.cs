using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Name the atasan langsung of a case that opened while Personnel did not answer (or knew no superior).</summary>
public sealed record NameAtasan(Guid CaseId);

public enum NameAtasanOutcome
{
    Named = 1,
    /// <summary>Personnel still does not answer: the case keeps waiting.</summary>
    PersonnelUnavailable = 2,
    /// <summary>Personnel answered but knows no superior of the employee yet, or nothing waits any more.</summary>
    NotNamed = 3,
}

/// <summary>One case, one transaction.</summary>
public sealed class NameAtasanHandler(DisciplineDbContext db, CaseStore cases, PolicyStore policies, AtasanFinder finder,
    TimeProvider time)
{
    /// <summary>The cases waiting for their atasan, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> WaitingAsync(int max, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.Status == CaseStatus.AwaitingSummons
                                  && (c.Hearing.AtasanLangsung == null || c.Hearing.SummonsDue == null))
            .OrderBy(c => c.OpenedAt).Select(c => c.Id).Take(max).ToListAsync(cancellationToken);

    public async Task<NameAtasanOutcome> HandleAsync(NameAtasan command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        if (!@case.AwaitsAtasan) return NameAtasanOutcome.NotNamed;
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var lookup = await finder.TryFindAsync(@case, policy.Settings, cancellationToken);
        var named = @case.NameAtasan(lookup, time.GetUtcNow(), @case.TraceId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            return NameAtasanOutcome.NotNamed;
        }
        return named ? NameAtasanOutcome.Named : lookup is null ? NameAtasanOutcome.PersonnelUnavailable : NameAtasanOutcome.NotNamed;
    }
}

/// <summary>
/// Names the atasan langsung of the cases that opened while Personnel did not answer, or before the unit heads above the
/// employee were set, as soon as Personnel knows him. A confirmation is never held up or lost by a Personnel outage.
/// </summary>
public sealed class WaitingForAtasan(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<WaitingForAtasan> logger) : PeriodicWork(options.Value.AtasanLookupInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many atasan were named. Stops at the first case Personnel cannot answer for.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> waiting;
        await using (var scope = scopes.CreateAsyncScope())
            waiting = await scope.ServiceProvider.GetRequiredService<NameAtasanHandler>().WaitingAsync(50, cancellationToken);
        var named = 0;
        foreach (var id in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<NameAtasanHandler>()
                .HandleAsync(new NameAtasan(id), cancellationToken);
            if (outcome == NameAtasanOutcome.PersonnelUnavailable) break;
            if (outcome == NameAtasanOutcome.Named) named++;
        }
        return named;
    }
}
