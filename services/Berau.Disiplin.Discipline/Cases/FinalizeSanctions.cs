using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Make final the sanctions whose objection window has passed (at most <paramref name="Max"/> a pass).</summary>
public sealed record FinalizeSanctions(int Max);

/// <summary>
/// Makes final every sanction whose objection window passed without an objection; each case closes if nothing else is
/// pending. Returns how many became final; 0 when someone acted on one of them meanwhile (the next pass sees it fresh).
/// </summary>
public sealed class FinalizeSanctionsHandler(DisciplineDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(FinalizeSanctions command, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        var due = await db.Cases.Include(c => c.Timeline)
            .Where(c => c.Status == CaseStatus.Sanctioned && c.Sanction!.ObjectionDeadline < today)
            .OrderBy(c => c.Sanction!.ObjectionDeadline).ThenBy(c => c.Id)
            .Take(command.Max)
            .ToListAsync(cancellationToken);
        var finalized = 0;
        foreach (var @case in due)
            if (@case.FinalizeIfWindowPassed(today, time.GetUtcNow())) finalized++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            return 0;
        }
        return finalized;
    }
}
