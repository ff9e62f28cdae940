using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>A unit with the employee who holds its head post, null while it is empty (member-initialised for EF).</summary>
public sealed class UnitWithHead
{
    public required Unit Unit { get; init; }
    public Employee? Head { get; init; }
}

public static class UnitQueries
{
    /// <summary>Units with their heads, in one query: every unit answer carries its head.</summary>
    public static IQueryable<UnitWithHead> UnitsWithHeads(this PersonnelDbContext db) =>
        from u in db.Units.AsNoTracking()
        join e in db.Employees.AsNoTracking() on u.HeadNip equals e.Nip into heads
        from h in heads.DefaultIfEmpty()
        select new UnitWithHead { Unit = u, Head = h };

    /// <summary>A unit just saved, with its head.</summary>
    public static async Task<UnitWithHead> WithHeadAsync(this PersonnelDbContext db, Unit unit,
        CancellationToken cancellationToken) => new()
        {
            Unit = unit,
            Head = unit.HeadNip is { } nip
            ? await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Nip == nip, cancellationToken)
            : null,
        };

    /// <summary>
    /// The state a unit's head post is in now, as a refusal after a concurrent change names it: <c>HEAD 1986…</c> or
    /// <c>VACANT</c>.
    /// </summary>
    public static async Task<string> HeadStateAsync(this PersonnelDbContext db, string code,
        CancellationToken cancellationToken)
    {
        var now = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => new { u.HeadNip })
            .SingleOrDefaultAsync(cancellationToken);
        return now is null ? "NOT_FOUND" : now.HeadNip is { } nip ? $"HEAD {nip}" : "VACANT";
    }
}
