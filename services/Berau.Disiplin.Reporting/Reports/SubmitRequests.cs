using Berau.Disiplin.Hosting;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>A caller's own id of one submission: the same id sent again within the retention answers with this report.</summary>
/// <param name="Caller">Who submitted it, as their token names them: ids are the caller's own, not global.</param>
/// <param name="RequestId">The client's id of the submission (SubmitReportRequest.request_id).</param>
public sealed record SubmitRequestKey(string Caller, string RequestId);

/// <summary>A submission remembered by its client's request id, for <see cref="ReportingOptions.SubmitRequestRetention"/>.</summary>
public sealed class SubmitRequest
{
    public required string Caller { get; init; }
    public required string RequestId { get; init; }
    public required Guid ReportId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    public const int MaxCallerLength = 200;
    public const int MaxRequestIdLength = 100;
}

/// <summary>Forgets request ids older than the retention window (at most <paramref name="Max"/> a pass).</summary>
public sealed record ForgetSubmitRequests(int Max = 10_000);

public sealed class ForgetSubmitRequestsHandler(ReportingDbContext db, TimeProvider time, IOptions<ReportingOptions> options)
{
    /// <summary>Returns how many were forgotten.</summary>
    public Task<int> HandleAsync(ForgetSubmitRequests command, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - options.Value.SubmitRequestRetention;
        return db.SubmitRequests.Where(r => r.ReceivedAt <= before).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Every <see cref="ReportingOptions.SubmitRequestCleanupInterval"/>, forgets expired request ids.</summary>
public sealed class SubmitRequestCleanup(
    IServiceScopeFactory scopes,
    IOptions<ReportingOptions> options,
    ILogger<SubmitRequestCleanup> logger) : PeriodicWork(options.Value.SubmitRequestCleanupInterval, logger)
{
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ForgetSubmitRequestsHandler>()
            .HandleAsync(new ForgetSubmitRequests(), cancellationToken);
    }
}
