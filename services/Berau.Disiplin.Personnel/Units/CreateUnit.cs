using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>A new unit of the regency's tree, under an existing parent or at the top level.</summary>
public sealed record CreateUnit(string Code, string Name, string? ParentCode, bool FrontLine);

public sealed class CreateUnitHandler(PersonnelDbContext db, TimeProvider time)
{
    /// <summary>The new unit, its head post empty.</summary>
    public async Task<UnitWithHead> HandleAsync(CreateUnit command, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.Code == command.Code, cancellationToken))
            throw new AlreadyExistsException("Unit", command.Code);
        var unit = Unit.Create(command.Code, command.Name, command.ParentCode, command.FrontLine, time.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return new UnitWithHead { Unit = unit };
    }
}

public static class CreateUnitMapping
{
    public static async Task<CreateUnit> ToCommandAsync(Proto.CreateUnitRequest request, UnitLookup units,
        CancellationToken cancellationToken)
    {
        var v = new Validator();
        var code = Unit.ParseCode(v, "code", request.Code);
        var name = request.Name.Trim();
        v.Required("name", name).MaxLength("name", name, Unit.MaxNameLength);
        var parentCode = await units.OptionalAsync(v, "parent_code", request.ParentCode, cancellationToken);
        v.ThrowIfInvalid();
        return new CreateUnit(code, name, parentCode, request.FrontLine);
    }
}
