using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// Appoint the holder of a unit's head post, or vacate it (<see cref="HeadNip"/> null); a JF may be
/// <see cref="Designated"/> by SK PPK (<see cref="DesignationDecree"/>) where the unit has no structural head.
/// </summary>
public sealed record SetUnitHead(string UnitCode, string? HeadNip, bool Designated, string? DesignationDecree);

/// <summary>
/// Loads the unit and the employee and lets the unit decide (<see cref="Unit.SetHead"/>); the save writes its
/// UnitHeadChanged to the outbox with the change. A concurrent change to the same unit refuses the later one.
/// </summary>
public sealed class SetUnitHeadHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<UnitWithHead> HandleAsync(SetUnitHead command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == command.UnitCode, cancellationToken)
                   ?? throw new NotFoundException("Unit", command.UnitCode);
        Employee? head = null;
        if (command.HeadNip is { } nip)
            head = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Nip == nip, cancellationToken)
                   ?? throw ValidationFailedException.For("head_nip", $"employee '{nip}' does not exist");
        unit.SetHead(head, command.Designated, command.DesignationDecree, time.GetUtcNow());
        await db.SaveChangesOrRefuseAsync("Unit", unit.Code, ct => db.HeadStateAsync(unit.Code, ct), cancellationToken);
        return new UnitWithHead { Unit = unit, Head = head };
    }
}

public static class SetUnitHeadMapping
{
    public static SetUnitHead ToCommand(Proto.SetUnitHeadRequest request)
    {
        var v = new Validator();
        var code = Unit.ParseCode(v, "unit_code", request.UnitCode);
        var nip = string.IsNullOrWhiteSpace(request.HeadNip) ? null : Nip.Parse(v, "head_nip", request.HeadNip);
        v.ThrowIfInvalid();
        return new SetUnitHead(code, nip, request.Designated, request.DesignationDecree);
    }
}
