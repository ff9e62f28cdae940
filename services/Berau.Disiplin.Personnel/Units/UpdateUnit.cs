using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>Rename a unit, move it under another parent (or to the top level), set its front-line flag.</summary>
public sealed record UpdateUnit(string Code, string Name, string? ParentCode, bool FrontLine);

public sealed class UpdateUnitHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<UnitWithHead> HandleAsync(UpdateUnit command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == command.Code, cancellationToken)
                   ?? throw new NotFoundException("Unit", command.Code);
        var lineage = command.ParentCode is { } parentCode ? await LineageAsync(parentCode, cancellationToken) : [];
        var head = await db.WithHeadAsync(unit, cancellationToken);
        unit.Update(command.Name, command.ParentCode, lineage, command.FrontLine, head.Head?.PositionLevel, time.GetUtcNow());
        await db.SaveChangesOrRefuseAsync("Unit", unit.Code, ct => db.HeadStateAsync(command.Code, ct), cancellationToken);
        return head;
    }

    /// <summary>The new parent and its ancestors up to the top; the parent must exist.</summary>
    private async Task<List<string>> LineageAsync(string parentCode, CancellationToken cancellationToken)
    {
        var lineage = new List<string>();
        // Stops at a unit seen already, so a tree already broken by a cycle cannot hold the walk forever.
        for (string? at = parentCode; at is not null && !lineage.Contains(at);)
        {
            var ancestor = await db.Units.AsNoTracking().Where(u => u.Code == at)
                .Select(u => new { u.Code, u.ParentCode }).SingleOrDefaultAsync(cancellationToken);
            if (ancestor is null) throw ValidationFailedException.For("parent_code", Unit.DoesNotExist(parentCode));
            lineage.Add(ancestor.Code);
            at = ancestor.ParentCode;
        }
        return lineage;
    }
}

public static class UpdateUnitMapping
{
    public static UpdateUnit ToCommand(Proto.UpdateUnitRequest request)
    {
        var v = new Validator();
        var code = Unit.ParseCode(v, "code", request.Code);
        var name = request.Name.Trim();
        v.Required("name", name).MaxLength("name", name, Unit.MaxNameLength);
        var parentCode = Unit.ParseOptionalCode(v, "parent_code", request.ParentCode);
        v.ThrowIfInvalid();
        return new UpdateUnit(code, name, parentCode, request.FrontLine);
    }
}
