using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// Which units exist, as a request's validation asks it: a reference to an unknown unit is one more field violation,
/// reported together with the request's others.
/// </summary>
public sealed class UnitLookup(PersonnelDbContext db)
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Code == code, cancellationToken);

    /// <summary>
    /// An optional reference to a unit (a parent, a schedule's unit): null when empty; otherwise the normalised code,
    /// and a violation on <paramref name="field"/> when it is malformed or names no unit.
    /// </summary>
    public async Task<string?> OptionalAsync(Validator v, string field, string? text, CancellationToken cancellationToken)
    {
        var before = v.Violations.Count;
        var code = Unit.ParseOptionalCode(v, field, text);
        if (code is not null && v.Violations.Count == before && !await ExistsAsync(code, cancellationToken))
            v.Add(field, Unit.DoesNotExist(code));
        return code;
    }
}
