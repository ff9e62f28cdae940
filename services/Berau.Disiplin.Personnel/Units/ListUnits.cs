using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// The children of a parent (the top level when <see cref="ParentCode"/> is null), in code order, a page at a time:
/// <see cref="After"/> is the last code of the previous page, <see cref="Filter"/> what its page tokens are bound to.
/// </summary>
public sealed record ListUnits(string? ParentCode, int PageSize, string? After, string Filter);

public sealed record UnitPage(IReadOnlyList<UnitWithHead> Units, string? NextPageToken);

public sealed class ListUnitsHandler(PersonnelDbContext db)
{
    public async Task<UnitPage> HandleAsync(ListUnits query, CancellationToken cancellationToken)
    {
        if (query.ParentCode is { } parentCode && !await db.Units.AnyAsync(u => u.Code == parentCode, cancellationToken))
            throw new NotFoundException("Unit", parentCode);
        var units = db.UnitsWithHeads().Where(x => x.Unit.ParentCode == query.ParentCode);
#pragma warning disable CA1309 // EF translates this to SQL ">", compared in the database's collation like the ORDER BY it pages.
        if (query.After is { } after) units = units.Where(x => string.Compare(x.Unit.Code, after) > 0);
#pragma warning restore CA1309
        var page = await units.OrderBy(x => x.Unit.Code).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return page.Count > query.PageSize
            ? new UnitPage(page[..query.PageSize], PageToken.Encode(query.Filter, page[query.PageSize - 1].Unit.Code))
            : new UnitPage(page, null);
    }
}

public static class ListUnitsMapping
{
    public static ListUnits ToQuery(Proto.ListUnitsRequest request)
    {
        var v = new Validator();
        var parentCode = Unit.ParseOptionalCode(v, "parent_code", request.ParentCode);
        var pageSize = PageToken.PageSize(v, request.PageSize);
        var filter = PageToken.Filter("units", parentCode);
        var after = PageToken.Decode(v, request.PageToken, filter, keyLength: 1)?[0];
        v.ThrowIfInvalid();
        return new ListUnits(parentCode, pageSize, after, filter);
    }
}
