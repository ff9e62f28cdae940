using Npgsql;
using RabbitMQ.Client;

namespace Berau.Disiplin.Faults;

/// <summary>
/// Where every flow ended up, read from the services' databases, the events a subscriber received and the broker's
/// dead-letter queues.
/// </summary>
internal sealed record Accounting(
    int Sent,
    int Acknowledged,
    int NotAcknowledged,
    int ReportsStored,
    int DuplicateReports,
    int Cases,
    int DuplicateCases,
    int CaseOpenedEvents,
    int CaseOpenedDeliveries,
    int DuplicateCaseOpened,
    int DuplicateReportConfirmed,
    IReadOnlyList<string> Lost,
    IReadOnlyDictionary<string, uint> ErrorQueues,
    IReadOnlyDictionary<string, uint> SkippedQueues)
{
    public int Duplicated => DuplicateReports + DuplicateCases + DuplicateCaseOpened + DuplicateReportConfirmed;
    public uint InError => (uint)ErrorQueues.Values.Sum(v => (long)v);
    public uint Skipped => (uint)SkippedQueues.Values.Sum(v => (long)v);

    public static async Task<Accounting> CollectAsync(Infrastructure infra, string vhost, IReadOnlyDictionary<string, string> databases,
        IReadOnlyList<Flow> flows, EventLog events, TimeSpan drain)
    {
        var acknowledged = flows.Where(f => f.Acknowledged).ToList();
        // Wait, bounded, until every acknowledged flow has its case and its CaseOpened: events and consumers catch up.
        var deadline = DateTime.UtcNow + drain;
        Dictionary<Guid, int> cases;
        while (true)
        {
            cases = await CountAsync(infra, databases["discipline"], "SELECT report_id, count(*)::int FROM cases GROUP BY report_id",
                r => r.GetGuid(0));
            var opened = events.Received(EventLog.CaseOpened);
            var missing = acknowledged.Count(f => !cases.ContainsKey(Guid.Parse(f.ReportId!)) || !opened.Contains(f.ReportId!));
            if (missing == 0 || DateTime.UtcNow > deadline) break;
            await Task.Delay(1000);
        }
        // A little longer, so that a duplicate on its way would still be seen.
        await Task.Delay(TimeSpan.FromSeconds(5));
        cases = await CountAsync(infra, databases["discipline"], "SELECT report_id, count(*)::int FROM cases GROUP BY report_id",
            r => r.GetGuid(0));
        var reports = await CountAsync(infra, databases["reporting"], "SELECT subject_nip, count(*)::int FROM reports GROUP BY subject_nip",
            r => r.GetString(0));
        var caseOpened = events.Received(EventLog.CaseOpened);
        var reportConfirmed = events.Received(EventLog.ReportConfirmed);

        var lost = acknowledged
            .Where(f => !cases.ContainsKey(Guid.Parse(f.ReportId!)) || !caseOpened.Contains(f.ReportId!))
            .Select(f => f.ReportId!).ToList();
        var (errors, skipped) = await DeadLettersAsync(infra, vhost);
        return new Accounting(
            Sent: flows.Count,
            Acknowledged: acknowledged.Count,
            NotAcknowledged: flows.Count - acknowledged.Count,
            ReportsStored: reports.Values.Sum(),
            DuplicateReports: reports.Values.Sum(n => n - 1),
            Cases: cases.Values.Sum(),
            DuplicateCases: cases.Values.Sum(n => n - 1),
            CaseOpenedEvents: caseOpened.Sum(g => g.Distinct().Count()),
            CaseOpenedDeliveries: caseOpened.Sum(g => g.Count()),
            DuplicateCaseOpened: caseOpened.Sum(g => g.Distinct().Count() - 1),
            DuplicateReportConfirmed: reportConfirmed.Sum(g => g.Distinct().Count() - 1),
            Lost: lost,
            ErrorQueues: errors,
            SkippedQueues: skipped);
    }

    private static async Task<Dictionary<TKey, int>> CountAsync<TKey>(Infrastructure infra, string database, string sql,
        Func<NpgsqlDataReader, TKey> key) where TKey : notnull
    {
        await using var connection = new NpgsqlConnection(infra.ConnectionString(database, maxPoolSize: 2));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<TKey, int>();
        while (await reader.ReadAsync()) counts[key(reader)] = reader.GetInt32(1);
        return counts;
    }

    /// <summary>Messages ready in every _error and _skipped queue, counted by the broker now (passive declare).</summary>
    private static async Task<(Dictionary<string, uint> Errors, Dictionary<string, uint> Skipped)> DeadLettersAsync(
        Infrastructure infra, string vhost)
    {
        var queues = await infra.QueuesAsync(vhost);
        await using var connection = await infra.ConnectAsync(vhost);
        var errors = new Dictionary<string, uint>();
        var skipped = new Dictionary<string, uint>();
        foreach (var queue in queues.Where(q => q.EndsWith("_error", StringComparison.Ordinal) || q.EndsWith("_skipped", StringComparison.Ordinal)))
        {
            await using var channel = await connection.CreateChannelAsync();
            var count = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
            (queue.EndsWith("_error", StringComparison.Ordinal) ? errors : skipped)[queue] = count;
        }
        return (errors, skipped);
    }
}
