using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Reporting.Reporters;

/// <summary>
/// The operator command <c>reencrypt</c>: every stored reporter identity that is not under the newest key of the
/// ring (or was stored before the ring) is decrypted and encrypted again with the newest key. Idempotent, safe while
/// the service runs (each row is replaced only if nobody changed it meanwhile), in batches. Afterwards the older keys
/// may leave the ring.
/// </summary>
public static class ReencryptReporterIdentities
{
    private const int BatchSize = 200;

    public static async Task<int> RunCommandAsync(WebApplication app)
    {
        var result = await RunAsync(app.Services, CancellationToken.None);
        Console.WriteLine($"Reporter identities under key '{result.Key}': {result.Reencrypted} re-encrypted, " +
                          $"{result.AlreadyNewest} already were" +
                          (result.ChangedMeanwhile > 0 ? $", {result.ChangedMeanwhile} changed meanwhile (run again)" : "") + ".");
        if (result.Unreadable.Count == 0) return 0;
        await Console.Error.WriteLineAsync(
            $"{result.Unreadable.Count} reporter identities do not decrypt with any key of Reporting:ReporterKeys " +
            $"(reports {string.Join(", ", result.Unreadable.Take(10))}{(result.Unreadable.Count > 10 ? ", …" : "")}): " +
            "put their key back in the ring and run again.");
        return 1;
    }

    public sealed record Result(string Key, int Reencrypted, int AlreadyNewest, int ChangedMeanwhile, IReadOnlyList<Guid> Unreadable);

    public static async Task<Result> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var protector = services.GetRequiredService<ReporterProtector>();
        int reencrypted = 0, current = 0, changed = 0;
        var unreadable = new List<Guid>();
        Guid? after = null;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            var batch = await db.Reports.AsNoTracking()
                .Where(r => r.ReporterIdentity != null && (after == null || r.Id.CompareTo(after.Value) > 0))
                .OrderBy(r => r.Id).Take(BatchSize)
                .Select(r => new { r.Id, Sealed = r.ReporterIdentity! })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            foreach (var row in batch)
            {
                if (!protector.NeedsReencryption(row.Sealed))
                {
                    current++;
                    continue;
                }
                ReporterIdentity identity;
                try
                {
                    identity = protector.Unprotect(row.Sealed);
                }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    unreadable.Add(row.Id);
                    continue;
                }
                var fresh = protector.Protect(identity);
                var old = row.Sealed;
                // Compare and set: a row changed since it was read keeps its change, and a later run picks it up.
                var updated = await db.Reports.Where(r => r.Id == row.Id && r.ReporterIdentity == old)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReporterIdentity, fresh), cancellationToken);
                if (updated == 1) reencrypted++;
                else changed++;
            }
        }
        return new Result(protector.Ring.Newest.Id, reencrypted, current, changed, unreadable);
    }
}
