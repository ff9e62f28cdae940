using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>The schedule a unit works by (its own, else the regency default); the regency default for no unit.</summary>
public sealed record GetWorkSchedule(string? UnitCode);

public sealed class GetWorkScheduleHandler(PersonnelDbContext db)
{
    public async Task<ScheduleView> HandleAsync(GetWorkSchedule query, CancellationToken cancellationToken)
    {
        if (query.UnitCode is { } unitCode && !await db.Units.AnyAsync(u => u.Code == unitCode, cancellationToken))
            throw new NotFoundException("Unit", unitCode);
        return new ScheduleView(query.UnitCode, await db.ScheduleForAsync(query.UnitCode, cancellationToken));
    }
}

public static class GetWorkScheduleMapping
{
    public static GetWorkSchedule ToQuery(Proto.GetWorkScheduleRequest request)
    {
        var v = new Validator();
        var unitCode = Unit.ParseOptionalCode(v, "unit_code", request.UnitCode);
        v.ThrowIfInvalid();
        return new GetWorkSchedule(unitCode);
    }
}
