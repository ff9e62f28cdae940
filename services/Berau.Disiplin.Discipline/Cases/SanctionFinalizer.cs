using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Makes sanctions final once their objection window has passed, and closes the cases that are then done.</summary>
public sealed class SanctionFinalizer(
    IServiceScopeFactory scopes,
    IOptions<DisciplineOptions> options,
    ILogger<SanctionFinalizer> logger) : PeriodicWork(options.Value.FinalizeInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One pass; returns how many sanctions became final.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FinalizeSanctionsHandler>()
            .HandleAsync(new FinalizeSanctions(Max: 200), cancellationToken);
    }
}
