using Berau.Disiplin.Hosting;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Overdue;

/// <summary>Flags open reports whose verification deadline (in working days, WITA) has passed.</summary>
public sealed class OverdueScanner(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReportingOptions> options,
    ILogger<OverdueScanner> logger) : PeriodicWork(options.Value.OverdueScanInterval, logger)
{
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public static DateOnly TodayInBerau(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Wita).DateTime);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => ScanAsync(cancellationToken);

    /// <summary>Flags every open report past its deadline; returns how many were newly flagged.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var today = TodayInBerau(time);
        var now = time.GetUtcNow();
        var late = await db.Reports
            .Where(r => (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.UnderVerification)
                        && r.OverdueSince == null && r.VerificationDue != null && r.VerificationDue < today)
            .ToListAsync(cancellationToken);
        var flagged = late.Count(r => r.FlagOverdue(today, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
        if (flagged > 0) logger.LogInformation("Flagged {Count} reports as overdue for verification", flagged);
        return flagged;
    }
}
