using Berau.Disiplin.Discipline.Calendar;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Makes sanctions final once their objection window has passed, and closes the cases that are then done.</summary>
public sealed class SanctionFinalizer(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<DisciplineOptions> options,
    ILogger<SanctionFinalizer> logger) : PeriodicWork(options.Value.FinalizeInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many sanctions became final.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisciplineDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<CaseWorkflow>();
        var today = WorkingCalendar.Today(time);
        var due = await db.Cases.Include(c => c.Timeline)
            .Where(c => c.Status == CaseStatus.Sanctioned && c.ObjectionDeadline < today)
            .OrderBy(c => c.ObjectionDeadline).ThenBy(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var finalized = 0;
        foreach (var @case in due)
        {
            if (!@case.FinalizeIfWindowPassed(today, time.GetUtcNow())) continue;
            finalized++;
            workflow.CloseIfDone(@case, null);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone acted on one of them meanwhile; the next pass sees it fresh.
            return 0;
        }
        return finalized;
    }
}
