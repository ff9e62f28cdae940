using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>One unit by its code, with its head.</summary>
public sealed record GetUnit(string Code);

public sealed class GetUnitHandler(PersonnelDbContext db)
{
    public async Task<UnitWithHead> HandleAsync(GetUnit query, CancellationToken cancellationToken) =>
        await db.UnitsWithHeads().SingleOrDefaultAsync(x => x.Unit.Code == query.Code, cancellationToken)
        ?? throw new NotFoundException("Unit", query.Code);
}

public static class GetUnitMapping
{
    public static GetUnit ToQuery(Proto.GetUnitRequest request)
    {
        var v = new Validator();
        var code = Unit.ParseCode(v, "code", request.Code);
        v.ThrowIfInvalid();
        return new GetUnit(code);
    }
}
