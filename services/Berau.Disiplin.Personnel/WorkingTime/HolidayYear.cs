namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// A year whose holiday calendar has been set (SetHolidays, the seed), even to an empty list. A year without one is
/// unknown, not free of holidays: a working-day count that crosses it is provisional (<see cref="WorkingDayCount"/>),
/// so that 1 January is never counted as a working day without saying so.
/// </summary>
public sealed class HolidayYear
{
    private HolidayYear() { }

    public int Year { get; private set; }
    /// <summary>When the year's calendar was last set.</summary>
    public DateTimeOffset SetAt { get; private set; }
}
