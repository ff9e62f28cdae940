using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>One employee by NIP (or registry number), with their unit.</summary>
public sealed record GetEmployee(string Nip);

public sealed class GetEmployeeHandler(PersonnelDbContext db)
{
    public async Task<EmployeeWithUnit> HandleAsync(GetEmployee query, CancellationToken cancellationToken) =>
        await db.EmployeesWithUnits().SingleOrDefaultAsync(x => x.Employee.Nip == query.Nip, cancellationToken)
        ?? throw new NotFoundException("Employee", query.Nip);
}

public static class GetEmployeeMapping
{
    public static GetEmployee ToQuery(Proto.GetEmployeeRequest request)
    {
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        v.ThrowIfInvalid();
        return new GetEmployee(nip);
    }
}
