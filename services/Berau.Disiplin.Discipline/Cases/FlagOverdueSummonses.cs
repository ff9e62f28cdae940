using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Flag the cases whose summons is overdue (at most <paramref name="Max"/> a pass).</summary>
public sealed record FlagOverdueSummonses(int Max);

/// <summary>
/// Flags, once per window, every case still awaiting a summons after its due day (WITA), with <c>SummonsOverdue</c>:
/// PP 94/2021 Pasal 28 sanctions an atasan who does not summon. Returns how many were flagged; 0 when someone acted on
/// one of them meanwhile (the next pass sees it fresh).
/// </summary>
public sealed class FlagOverdueSummonsesHandler(DisciplineDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(FlagOverdueSummonses command, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        var due = await db.Cases.Include(c => c.Timeline)
            .Where(c => c.Status == CaseStatus.AwaitingSummons && !c.Hearing.SummonsOverdue && c.Hearing.SummonsDue < today)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Take(command.Max)
            .ToListAsync(cancellationToken);
        var flagged = due.Count(c => c.FlagSummonsOverdue(today, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            return 0;
        }
        return flagged;
    }
}

/// <summary>Looks for overdue summonses every <c>Discipline:SummonsOverdueInterval</c>.</summary>
public sealed class SummonsWatch(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<SummonsWatch> logger) : PeriodicWork(options.Value.SummonsOverdueInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many cases were flagged.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlagOverdueSummonsesHandler>()
            .HandleAsync(new FlagOverdueSummonses(Max: 200), cancellationToken);
    }
}
