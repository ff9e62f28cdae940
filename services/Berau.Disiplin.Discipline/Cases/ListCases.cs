using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Cases by status and/or subject, or only those whose summons is overdue, newest first, a page at a time (the page token
/// is tied to the filter).
/// </summary>
public sealed record ListCases(CaseStatus? Status, string? SubjectNip, bool SummonsOverdueOnly, int PageSize, string Filter,
    (DateTimeOffset At, Guid Id)? After)
{
    public static ListCases From(Proto.ListCasesRequest request)
    {
        var v = new Validator();
        var pageSize = PageToken.PageSize(v, request.PageSize, max: 200);
        v.Check(request.Status == Proto.CaseStatus.Unspecified || Enum.IsDefined(request.Status), "status",
            "is not a case status");
        var nip = Identifiers.Normalise(request.SubjectNip);
        v.MaxLength("subject_nip", nip, 30);
        var filter = PageToken.Filter("cases", request.Status.ToString(), nip, request.SummonsOverdueOnly ? "overdue" : "");
        var after = PageToken.DecodeTimeAndId(v, request.PageToken, filter);
        v.ThrowIfInvalid();
        return new ListCases(
            request.Status == Proto.CaseStatus.Unspecified ? null : (CaseStatus)request.Status,
            nip.Length > 0 ? nip : null, request.SummonsOverdueOnly, pageSize, filter, after);
    }
}

/// <summary>A page of cases, and the token of the next when there is one.</summary>
public sealed record CasePage(IReadOnlyList<Case> Cases, string? NextPageToken);

public sealed class ListCasesHandler(DisciplineDbContext db)
{
    public async Task<CasePage> HandleAsync(ListCases query, CancellationToken cancellationToken)
    {
        IQueryable<Case> cases = db.Cases.AsNoTracking();
        if (query.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (query.SubjectNip is { } nip) cases = cases.Where(c => c.SubjectNip == nip);
        // Flagged and still waiting for the summons: once the atasan summons, the case is no longer overdue.
        if (query.SummonsOverdueOnly)
            cases = cases.Where(c => c.Status == CaseStatus.AwaitingSummons && c.Hearing.SummonsOverdue);
        if (query.After is { } cursor)
            cases = cases.Where(c => c.OpenedAt < cursor.At || (c.OpenedAt == cursor.At && c.Id.CompareTo(cursor.Id) < 0));
        var page = await cases.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Take(query.PageSize + 1)
            .ToListAsync(cancellationToken);
        if (page.Count <= query.PageSize) return new CasePage(page, null);
        var last = page[query.PageSize - 1];
        return new CasePage(page.Take(query.PageSize).ToList(), PageToken.EncodeTimeAndId(query.Filter, last.OpenedAt, last.Id));
    }
}
