using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>A reporter follows a report by its tracking code (kode pelacakan), learning its progress and nothing else.</summary>
public sealed record GetReportStatus(string TrackingCode);

/// <summary>How far a report has come.</summary>
public sealed record ReportProgress(string TrackingCode, ReportStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt);

public sealed class GetReportStatusHandler(ReportingDbContext db)
{
    public async Task<ReportProgress> HandleAsync(GetReportStatus query, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking()
                         .Where(r => r.TrackingCode == query.TrackingCode)
                         .Select(r => new { r.Status, r.DuplicateOf, r.SubmittedAt, r.UpdatedAt })
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Tracking code", query.TrackingCode);
        var (status, updatedAt) = (report.Status, report.UpdatedAt);
        if (report.DuplicateOf is { } originalId)
        {
            // A duplicate follows the report it was linked to.
            var original = await db.Reports.AsNoTracking().Where(r => r.Id == originalId)
                .Select(r => new { r.Status, r.UpdatedAt }).SingleAsync(cancellationToken);
            (status, updatedAt) = (original.Status, original.UpdatedAt > updatedAt ? original.UpdatedAt : updatedAt);
        }
        return new ReportProgress(query.TrackingCode, status, report.SubmittedAt, updatedAt);
    }
}

public static class GetReportStatusMapping
{
    public static GetReportStatus ToQuery(Proto.GetReportStatusRequest request)
    {
        var code = TrackingCodes.Normalise(request.TrackingCode);
        new Validator().Required("tracking_code", code).MaxLength("tracking_code", code, 20).ThrowIfInvalid();
        return new GetReportStatus(code);
    }

    public static Proto.ReportStatusView ToResponse(ReportProgress progress) => new()
    {
        TrackingCode = progress.TrackingCode,
        Status = (Proto.ReportStatus)progress.Status,
        SubmittedAt = Timestamp.FromDateTimeOffset(progress.SubmittedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(progress.UpdatedAt),
    };
}
