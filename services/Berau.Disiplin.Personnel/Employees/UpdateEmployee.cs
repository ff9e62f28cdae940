using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>
/// Change an employee's name, position, position level or status; null keeps the current value (the API has no field
/// mask: empty and unspecified fields mean "keep"). Changing the unit is a transfer.
/// </summary>
public sealed record UpdateEmployee(string Nip, string? Name, string? Position, PositionLevel? PositionLevel,
    EmployeeStatus? Status);

/// <summary>
/// A concurrent change to the same employee wins and this one is refused. A head post the employee no longer fits
/// (made inactive, another level) is vacated with the change (<see cref="HeadPosts"/>).
/// </summary>
public sealed class UpdateEmployeeHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<EmployeeWithUnit> HandleAsync(UpdateEmployee command, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Nip == command.Nip, cancellationToken)
                       ?? throw new NotFoundException("Employee", command.Nip);
        var now = time.GetUtcNow();
        employee.Update(command.Name, command.Position, command.PositionLevel, command.Status, now);
        await db.VacateUnfitAsync(employee, transferred: false, now, cancellationToken);
        await db.SaveChangesOrRefuseAsync("Employee", employee.Nip, ct => db.EmployeeStateAsync(employee.Nip, ct),
            cancellationToken);
        return await db.WithUnitAsync(employee, cancellationToken);
    }
}

public static class UpdateEmployeeMapping
{
    public static UpdateEmployee ToCommand(Proto.UpdateEmployeeRequest request)
    {
        var name = request.Name.Trim();
        var position = request.Position.Trim();
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        v.MaxLength("name", name, Employee.MaxNameLength).MaxLength("position", position, Employee.MaxPositionLength);
        var level = EmployeeMapping.LevelOf(v, request.PositionLevel);
        var status = EmployeeMapping.StatusOf(v, request.Status);
        v.ThrowIfInvalid();
        return new UpdateEmployee(nip, name.Length > 0 ? name : null, position.Length > 0 ? position : null, level, status);
    }
}
