namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// Working days on the regency calendar: days the schedule lists that are not holidays or cuti bersama. Deadlines of
/// the discipline procedure (summons, decision delivery) count on it.
/// </summary>
public sealed class WorkingCalendar(WorkSchedule schedule, IReadOnlySet<DateOnly> holidays)
{
    public const int MaxDays = 365;

    public bool IsWorkingDay(DateOnly day) => schedule.On(day.DayOfWeek) is not null && !holidays.Contains(day);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/> (which itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        ArgumentOutOfRangeException.ThrowIfZero(schedule.Days.Count);
        var day = from;
        // Holidays are finite and the schedule has a working day each week, so this ends; the bound is a safety net.
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (day.DayNumber - from.DayNumber > 10 * MaxDays)
                throw new InvalidOperationException("The calendar has no working days left to count.");
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
