using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Issues the warnings that waited because Personnel's calendar did not answer when their case opened.</summary>
public sealed class PendingWarnings(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<PendingWarnings> logger) : PeriodicWork(options.Value.PendingWarningInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many warnings were issued. Stops at the first that still cannot be.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisciplineDbContext>();
        var ids = await db.Cases.Where(c => c.PendingWarningBy != null && c.Status == CaseStatus.Open)
            .OrderBy(c => c.OpenedAt).Select(c => c.Id).Take(50).ToListAsync(cancellationToken);
        var issued = 0;
        foreach (var id in ids)
        {
            // One transaction per case: its letter number, its warning and its events commit together.
            await using var caseScope = scopes.CreateAsyncScope();
            var caseDb = caseScope.ServiceProvider.GetRequiredService<DisciplineDbContext>();
            var workflow = caseScope.ServiceProvider.GetRequiredService<CaseWorkflow>();
            var policies = caseScope.ServiceProvider.GetRequiredService<PolicyStore>();
            await using var transaction = await caseDb.Database.BeginTransactionAsync(cancellationToken);
            var @case = await caseDb.Cases.Include(c => c.Timeline).SingleAsync(c => c.Id == id, cancellationToken);
            var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
            if (!await workflow.TryIssuePendingWarningAsync(@case, policy, @case.TraceId, cancellationToken)) break;
            try
            {
                await caseDb.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                issued++;
            }
            catch (DbUpdateException)
            {
                // An official decided this case meanwhile; nothing is pending any more.
            }
        }
        return issued;
    }
}
