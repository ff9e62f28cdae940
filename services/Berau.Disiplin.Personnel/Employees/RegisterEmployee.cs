using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>Register an ASN (PNS, PPPK) by NIP or a contract worker by registry number.</summary>
public sealed record RegisterEmployee(NewEmployee Employee);

public sealed class RegisterEmployeeHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<EmployeeWithUnit> HandleAsync(RegisterEmployee command, CancellationToken cancellationToken)
    {
        var nip = command.Employee.Nip;
        if (await db.Employees.AnyAsync(e => e.Nip == nip, cancellationToken)) throw new AlreadyExistsException("Employee", nip);
        var employee = Employee.Register(command.Employee, time.GetUtcNow());
        db.Employees.Add(employee);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            // Registered by someone else since the check.
            throw new AlreadyExistsException("Employee", nip);
        }
        return await db.WithUnitAsync(employee, cancellationToken);
    }
}

public static class RegisterEmployeeMapping
{
    /// <summary>The same checks as a CSV row's (<see cref="EmployeeRules"/>), the unit's existence included.</summary>
    public static async Task<RegisterEmployee> ToCommandAsync(Proto.RegisterEmployeeRequest request, EmployeeRules rules,
        UnitLookup units, DateOnly today, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var draft = new EmployeeDraft(Nip.Normalise(request.Nip), request.Name.Trim(),
            EmployeeMapping.TypeOf(request.EmploymentType), Unit.NormaliseCode(request.UnitCode), request.Position.Trim(),
            EmployeeMapping.LevelOf(v, request.PositionLevel));
        var unitExists = await units.ExistsAsync(draft.UnitCode, cancellationToken);
        var employee = rules.Check(v, draft, _ => unitExists, today);
        return employee is not null ? new RegisterEmployee(employee) : throw new ValidationFailedException([.. v.Violations]);
    }
}
