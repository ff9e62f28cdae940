using Berau.Disiplin.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Overdue;

/// <summary>Every <see cref="ReportingOptions.OverdueScanInterval"/>, flags the reports past their verification deadline (<see cref="FlagOverdueReports"/>).</summary>
public sealed class OverdueScanner(
    IServiceScopeFactory scopes,
    IOptions<ReportingOptions> options,
    ILogger<OverdueScanner> logger) : PeriodicWork(options.Value.OverdueScanInterval, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => ScanAsync(cancellationToken);

    /// <summary>Flags every open report past its deadline; returns how many were newly flagged.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var flagged = await scope.ServiceProvider.GetRequiredService<FlagOverdueReportsHandler>()
            .HandleAsync(new FlagOverdueReports(), cancellationToken);
        if (flagged > 0) logger.FlaggedOverdue(flagged);
        return flagged;
    }
}
