using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>
/// Employees whose name holds <see cref="Name"/> (as <see cref="SearchText"/> compares it; empty is any), in a unit or
/// anywhere, in name order a page at a time: <see cref="After"/> is the last (name, NIP) of the previous page,
/// <see cref="Filter"/> what its page tokens are bound to.
/// </summary>
public sealed record SearchEmployees(string Name, string? UnitCode, int PageSize, (string Name, string Nip)? After,
    string Filter);

public sealed record EmployeePage(IReadOnlyList<EmployeeWithUnit> Employees, string? NextPageToken);

public sealed class SearchEmployeesHandler(PersonnelDbContext db)
{
    public async Task<EmployeePage> HandleAsync(SearchEmployees query, CancellationToken cancellationToken)
    {
        var found = db.EmployeesWithUnits();
        if (query.Name.Length > 0)
        {
            var pattern = "%" + query.Name.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            found = found.Where(x => EF.Functions.Like(x.Employee.SearchName, pattern, @"\"));
        }
        if (query.UnitCode is { } unitCode) found = found.Where(x => x.Employee.UnitCode == unitCode);
        if (query.After is { } after)
        {
            var (afterName, afterNip) = after;
#pragma warning disable CA1309 // EF translates this to SQL ">", compared in the database's collation like the ORDER BY it pages.
            found = found.Where(x => string.Compare(x.Employee.SearchName, afterName) > 0
                                     || (x.Employee.SearchName == afterName && string.Compare(x.Employee.Nip, afterNip) > 0));
#pragma warning restore CA1309
        }
        var page = await found.OrderBy(x => x.Employee.SearchName).ThenBy(x => x.Employee.Nip).Take(query.PageSize + 1)
            .ToListAsync(cancellationToken);
        if (page.Count <= query.PageSize) return new EmployeePage(page, null);
        var last = page[query.PageSize - 1].Employee;
        return new EmployeePage(page[..query.PageSize], PageToken.Encode(query.Filter, last.SearchName, last.Nip));
    }
}

public static class SearchEmployeesMapping
{
    public static SearchEmployees ToQuery(Proto.SearchEmployeesRequest request)
    {
        var name = SearchText.Normalise(request.Name);
        var v = new Validator();
        v.MaxLength("name", name, Employee.MaxNameLength);
        var unitCode = Unit.ParseOptionalCode(v, "unit_code", request.UnitCode);
        var pageSize = PageToken.PageSize(v, request.PageSize);
        var filter = PageToken.Filter("employees", name, unitCode);
        var after = PageToken.Decode(v, request.PageToken, filter, keyLength: 2);
        v.ThrowIfInvalid();
        return new SearchEmployees(name, unitCode, pageSize, after is [var afterName, var afterNip] ? (afterName, afterNip) : null,
            filter);
    }
}
