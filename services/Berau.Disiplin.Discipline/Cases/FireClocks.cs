using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Fire the clocks that are due (at most <paramref name="Max"/> a pass).</summary>
public sealed record FireClocks(int Max);

/// <summary>
/// Claims the due clocks with <c>FOR UPDATE SKIP LOCKED</c>, applies each to its case and marks it fired in the same
/// transaction: with two instances passing at once each clock fires exactly once, and a clock not yet fired when a
/// process stops fires on the next pass after a restart. An in-force clock whose case has an objection pending stays
/// unfired: the sanction waits for the objection's decision. Returns how many clocks fired; 0 when a concurrent change
/// of one of the cases refused the pass (the next pass sees them fresh).
/// </summary>
public sealed class FireClocksHandler(DisciplineDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(FireClocks command, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.CaseClocks.FromSqlInterpolated(
                $"SELECT * FROM case_clocks WHERE fired_at IS NULL AND due_on <= {today} ORDER BY due_on, id LIMIT {command.Max} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        var fired = 0;
        foreach (var clock in due)
        {
            var @case = await db.Cases.Include(c => c.Timeline).SingleAsync(c => c.Id == clock.CaseId, cancellationToken);
            var outcome = clock.Kind switch
            {
                ClockKind.InForce => @case.ComeIntoForce(clock.DurationMonths, now),
                ClockKind.Served => @case.EndServingPeriod(clock.DurationMonths ?? 0, clock.DueOn, now),
                _ => "Unknown",
            };
            if (outcome is null) continue;
            clock.Fired(now, outcome);
            fired++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            return 0;
        }
        return fired;
    }
}

/// <summary>The periodic pass that fires the cases' due clocks.</summary>
public sealed class ClockWatch(
    IServiceScopeFactory scopes,
    Microsoft.Extensions.Options.IOptions<DisciplineOptions> options,
    ILogger<ClockWatch> logger) : Hosting.PeriodicWork(options.Value.FinalizeInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many clocks fired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FireClocksHandler>()
            .HandleAsync(new FireClocks(Max: 200), cancellationToken);
    }
}
