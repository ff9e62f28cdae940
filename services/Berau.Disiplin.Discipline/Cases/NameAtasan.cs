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
    /// <summary>The cases waiting for their atasan, oldest first; after <paramref name="after"/> when given.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset OpenedAt, Guid Id)>> WaitingAsync(int max, (DateTimeOffset At, Guid Id)? after,
        CancellationToken cancellationToken)
    {
        var waiting = db.Cases.Where(c => c.Status == CaseStatus.AwaitingSummons
                                          && (c.Hearing.AtasanLangsung == null || c.Hearing.SummonsDue == null));
        if (after is { } cursor)
            waiting = waiting.Where(c => c.OpenedAt > cursor.At || (c.OpenedAt == cursor.At && c.Id.CompareTo(cursor.Id) > 0));
        var page = await waiting.OrderBy(c => c.OpenedAt).ThenBy(c => c.Id).Take(max)
            .Select(c => new { c.OpenedAt, c.Id }).ToListAsync(cancellationToken);
        return page.Select(c => (c.OpenedAt, c.Id)).ToList();
    }

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
/// employee were set, as soon as Personnel knows him: batch after batch while Personnel answers, so a backlog clears as
/// fast as it does. A confirmation is never held up or lost by a Personnel outage.
/// </summary>
public sealed class WaitingForAtasan(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<WaitingForAtasan> logger) : DrainingWork(options.Value.AtasanLookupInterval, logger)
{
    private const int BatchSize = 50;

    /// <summary>Where the pass has got to: a case Personnel knows no superior for stays waiting, and is passed over.</summary>
    private (DateTimeOffset At, Guid Id)? _after;

    /// <summary>
    /// One batch, after the last one of this pass; true when it was full and Personnel answered for all of it, so more
    /// may be waiting. Stops at the first case Personnel cannot answer for.
    /// </summary>
    protected override async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<(DateTimeOffset OpenedAt, Guid Id)> waiting;
        await using (var scope = scopes.CreateAsyncScope())
            waiting = await scope.ServiceProvider.GetRequiredService<NameAtasanHandler>().WaitingAsync(BatchSize, _after, cancellationToken);
        foreach (var (openedAt, id) in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<NameAtasanHandler>()
                .HandleAsync(new NameAtasan(id), cancellationToken);
            if (outcome == NameAtasanOutcome.PersonnelUnavailable)
            {
                _after = null;
                return false;
            }
            _after = (openedAt, id);
        }
        var more = waiting.Count == BatchSize;
        if (!more) _after = null;
        return more;
    }
}
