using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

public static class OutboxQueries
{
    /// <summary>A service's outbox rows for one event type about one report.</summary>
    public static IQueryable<OutboxMessage> ForReport(this IQueryable<OutboxMessage> rows, string destination, string reportId) =>
        rows.AsNoTracking().Where(m => m.Destination == destination
                                       && EF.Functions.JsonContains(m.Payload, $"{{\"reportId\":\"{reportId}\"}}"));
}
