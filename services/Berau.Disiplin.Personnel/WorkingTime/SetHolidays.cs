using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// Replace one year's national holidays and cuti bersama (SKB 3 Menteri; for ASN the cuti bersama by Keppres) with
/// <see cref="Holidays"/>. The year counts as set from then on, even with an empty list.
/// </summary>
public sealed record SetHolidays(int Year, IReadOnlyList<Holiday> Holidays);

public sealed class SetHolidaysHandler(PersonnelDbContext db, TimeProvider time)
{
    /// <summary>The year's calendar as it now stands.</summary>
    public async Task<IReadOnlyList<Holiday>> HandleAsync(SetHolidays command, CancellationToken cancellationToken)
    {
        await db.ReplaceHolidaysAsync(command.Year, command.Holidays, time.GetUtcNow(), cancellationToken);
        return command.Holidays;
    }
}

public static class SetHolidaysMapping
{
    public static SetHolidays ToCommand(Proto.SetHolidaysRequest request, DateOnly today)
    {
        var v = new Validator();
        LocalDates.CheckYear(v, request.Year, today);
        var holidays = new List<Holiday>();
        for (var i = 0; i < request.Holidays.Count; i++)
        {
            var h = request.Holidays[i];
            var field = $"holidays[{i}]";
            var date = LocalDates.Parse(v, field + ".date", h.Date, today);
            var name = h.Name.Trim();
            v.Required(field + ".name", name).MaxLength(field + ".name", name, Holiday.MaxNameLength);
            if (date is not { } d) continue;
            if (d.Year != request.Year) v.Add(field + ".date", $"is not in {request.Year}");
            else if (holidays.Any(x => x.Date == d)) v.Add(field + ".date", $"{Wita.Iso(d)} is listed twice");
            else holidays.Add(Holiday.On(d, name, h.CollectiveLeave));
        }
        v.ThrowIfInvalid();
        return new SetHolidays(request.Year, holidays);
    }
}
