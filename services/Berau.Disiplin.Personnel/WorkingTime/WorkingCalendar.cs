namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// The answer of a working-day count: the date, and the years it crossed whose holiday calendar was never set. Such a
/// date is provisional: it counts 1 January and every other unknown holiday of those years as a working day, and moves
/// once the year is set.
/// </summary>
public sealed record WorkingDayCount(DateOnly Date, IReadOnlyList<int> UnconfiguredYears)
{
    public bool Provisional => UnconfiguredYears.Count > 0;
}

/// <summary>
/// Working days on the regency calendar: days the schedule lists that are not holidays or cuti bersama. Deadlines of
/// the discipline procedure (summons, decision delivery) count on it.
/// </summary>
public sealed class WorkingCalendar(WorkSchedule schedule, IReadOnlySet<DateOnly> holidays)
{
    public const int MaxDays = 365;

    public bool IsWorkingDay(DateOnly day) => schedule.On(day.DayOfWeek) is not null && !holidays.Contains(day);

    /// <summary>
    /// The years whose holidays a count from <paramref name="from"/> (never itself counted) to <paramref name="to"/>
    /// depended on: those of the days the schedule works. A holiday on a day off changes nothing, so a count whose only
    /// days of a year are a weekend does not depend on that year's calendar.
    /// </summary>
    public IReadOnlyList<int> YearsCounted(DateOnly from, DateOnly to)
    {
        var years = new SortedSet<int>();
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (schedule.On(day.DayOfWeek) is not null) years.Add(day.Year);
        return [.. years];
    }

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
