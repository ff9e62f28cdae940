using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>An employee with the unit they are posted to (member-initialised, so that EF can filter and order on it).</summary>
public sealed class EmployeeWithUnit
{
    public required Employee Employee { get; init; }
    public required Unit Unit { get; init; }
}

public static class EmployeeQueries
{
    public static IQueryable<EmployeeWithUnit> EmployeesWithUnits(this PersonnelDbContext db) =>
        db.Employees.AsNoTracking().Join(db.Units.AsNoTracking(), e => e.UnitCode, u => u.Code,
            (e, u) => new EmployeeWithUnit { Employee = e, Unit = u });

    /// <summary>An employee just saved, with their unit.</summary>
    public static async Task<EmployeeWithUnit> WithUnitAsync(this PersonnelDbContext db, Employee employee,
        CancellationToken cancellationToken) => new()
        {
            Employee = employee,
            Unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == employee.UnitCode, cancellationToken),
        };

    /// <summary>
    /// The state an employee is in now, as a refusal after a concurrent change names it: <c>ACTIVE in BKPSDM</c>.
    /// </summary>
    public static async Task<string> EmployeeStateAsync(this PersonnelDbContext db, string nip,
        CancellationToken cancellationToken)
    {
        var now = await db.Employees.AsNoTracking().Where(e => e.Nip == nip)
            .Select(e => new { e.Status, e.UnitCode }).SingleOrDefaultAsync(cancellationToken);
        return now is null ? "NOT_FOUND" : $"{now.Status.ToString().ToUpperInvariant()} in {now.UnitCode}";
    }
}
