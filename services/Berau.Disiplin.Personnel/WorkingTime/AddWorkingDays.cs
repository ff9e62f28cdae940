using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// The <see cref="Days"/>-th working day after <see cref="From"/> on a unit's calendar (the regency's for no unit): the
/// server side of the deadline arithmetic the discipline procedure counts in working days.
/// </summary>
public sealed record AddWorkingDays(DateOnly From, int Days, string? UnitCode);

/// <summary>
/// Counts on the schedule and the holidays set, and says which crossed years were never set: their answer is provisional
/// rather than silently treating their holidays (1 January first) as working days.
/// </summary>
public sealed class AddWorkingDaysHandler(PersonnelDbContext db)
{
    public async Task<WorkingDayCount> HandleAsync(AddWorkingDays query, CancellationToken cancellationToken)
    {
        var schedule = await db.ScheduleForAsync(query.UnitCode, cancellationToken);
        // 365 working days of a one-day week span seven years: load eight years of holidays (a small table).
        var (from, until) = (query.From, query.From.AddYears(8));
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date > from && h.Date <= until)
            .Select(h => h.Date).ToHashSetAsync(cancellationToken);
        var calendar = new WorkingCalendar(schedule, holidays);
        var date = calendar.AddWorkingDays(from, query.Days);
        return new WorkingDayCount(date, await db.UnconfiguredYearsAsync(calendar.YearsCounted(from, date), cancellationToken));
    }
}

public static class AddWorkingDaysMapping
{
    public static async Task<AddWorkingDays> ToQueryAsync(Proto.AddWorkingDaysRequest request, UnitLookup units,
        DateOnly today, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var from = LocalDates.Parse(v, "date", request.Date, today);
        v.Check(request.Days is >= 1 and <= WorkingCalendar.MaxDays, "days", $"must be from 1 to {WorkingCalendar.MaxDays}");
        var unitCode = await units.OptionalAsync(v, "unit_code", request.UnitCode, cancellationToken);
        v.ThrowIfInvalid();
        return new AddWorkingDays(from.GetValueOrDefault(), request.Days, unitCode);
    }
}
