using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>
/// Reports newest first, filtered, in pages (AIP-158). <paramref name="Filter"/> binds the page tokens to the filter
/// they were made for; <paramref name="After"/> is the last report of the previous page.
/// </summary>
public sealed record ListReports(
    ReportStatus? Status,
    string? UnitCode,
    ReportCategory? Category,
    DateTimeOffset? SubmittedFrom,
    DateTimeOffset? SubmittedTo,
    bool OverdueOnly,
    int PageSize,
    (DateTimeOffset At, Guid Id)? After,
    string Filter,
    bool CallerIsVerifier);

public sealed record ReportPage(IReadOnlyList<ReportView> Reports, string NextPageToken);

public sealed class ListReportsHandler(ReportingDbContext db, ReportViews views, TimeProvider time)
{
    public async Task<ReportPage> HandleAsync(ListReports query, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        IQueryable<Report> reports = db.Reports.AsNoTracking().Include(r => r.Evidence);
        if (query.Status is { } status) reports = reports.Where(r => r.Status == status);
        if (query.UnitCode is { } unitCode) reports = reports.Where(r => r.SubjectUnitCode == unitCode);
        if (query.Category is { } category) reports = reports.Where(r => r.Category == category);
        if (query.SubmittedFrom is { } from) reports = reports.Where(r => r.SubmittedAt >= from);
        if (query.SubmittedTo is { } to) reports = reports.Where(r => r.SubmittedAt <= to);
        if (query.OverdueOnly)
            reports = reports.Where(r => (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.UnderVerification)
                                         && r.VerificationDue != null && r.VerificationDue < today);
        if (query.After is { } cursor)
            reports = reports.Where(r => r.SubmittedAt < cursor.At || (r.SubmittedAt == cursor.At && r.Id.CompareTo(cursor.Id) < 0));

        var page = await reports.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
            .Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var shown = page.Take(query.PageSize).Select(r => views.For(r, query.CallerIsVerifier, today)).ToList();
        var next = page.Count > query.PageSize
            ? PageToken.EncodeTimeAndId(query.Filter, page[query.PageSize - 1].SubmittedAt, page[query.PageSize - 1].Id)
            : "";
        return new ReportPage(shown, next);
    }
}

public static class ListReportsMapping
{
    public static ListReports ToQuery(Proto.ListReportsRequest request, bool callerIsVerifier)
    {
        var v = new Validator();
        var pageSize = PageToken.PageSize(v, request.PageSize, max: 200);
        v.Check(request.Status == Proto.ReportStatus.Unspecified || Enum.IsDefined(request.Status), "status", "is not a report status");
        v.Check(request.Category == Proto.ReportCategory.Unspecified || Enum.IsDefined(request.Category),
            "category", "is not a report category");
        v.MaxLength("unit_code", request.UnitCode.Trim(), 50);
        var from = request.SubmittedFrom?.ToDateTimeOffset();
        var to = request.SubmittedTo?.ToDateTimeOffset();
        if (from is not null && to is not null)
            v.Check(from <= to, "submitted_to", "must not be before submitted_from");
        var filter = PageToken.Filter("reports", request.Status.ToString(), request.UnitCode, request.Category.ToString(),
            request.SubmittedFrom?.ToString(), request.SubmittedTo?.ToString(), request.OverdueOnly.ToString());
        var after = PageToken.DecodeTimeAndId(v, request.PageToken, filter);
        v.ThrowIfInvalid();

        return new ListReports(
            request.Status == Proto.ReportStatus.Unspecified ? null : (ReportStatus)request.Status,
            request.UnitCode is { Length: > 0 } unit ? unit.Trim().ToUpperInvariant() : null,
            request.Category == Proto.ReportCategory.Unspecified ? null : (ReportCategory)request.Category,
            from, to, request.OverdueOnly, pageSize, after, filter, callerIsVerifier);
    }

    public static Proto.ListReportsResponse ToResponse(ReportPage page)
    {
        var response = new Proto.ListReportsResponse { NextPageToken = page.NextPageToken };
        response.Reports.AddRange(page.Reports.Select(ReportMapping.ToMessage));
        return response;
    }
}
