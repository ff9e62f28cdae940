using Berau.Disiplin.Primitives;
using System.Globalization;
using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>Whether someone was on duty (dalam jam kerja), and if not, why not.</summary>
public enum DutyStatus
{
    OnDuty = 1,
    /// <summary>A day off in the unit's schedule.</summary>
    Weekend = 2,
    /// <summary>National holiday or cuti bersama.</summary>
    Holiday = 3,
    OutsideHours = 4,
    Break = 5,
    OnLeave = 6,
    UnknownEmployee = 7,
    InactiveEmployee = 8,
}

/// <param name="Provisional">
/// The verdict passed the holiday check on a year whose holiday calendar was never set: had that day been a holiday,
/// the answer would be HOLIDAY.
/// </param>
public sealed record DutyVerdict(DutyStatus Status, string Explanation, DateTimeOffset LocalTime, bool Provisional = false)
{
    public bool OnDuty => Status == DutyStatus.OnDuty;
}

/// <summary>
/// Decides whether an employee was on duty at an instant: the instant is turned into WITA, then day-level reasons
/// come first (a day off in the schedule, a holiday, leave), then the hours (outside them, in the break).
/// This is the check that tells a personal live stream at 10:14 on a Tuesday (a Pasal 4 f question) from one at 20:00.
/// </summary>
public static class DutyRules
{
    /// <param name="holidayCalendarSet">Whether the holiday calendar of the instant's year was set (<see cref="HolidayYear"/>).</param>
    public static DutyVerdict Check(DateTimeOffset instant, string nip, Employee? employee, WorkSchedule schedule,
        Holiday? holiday, bool holidayCalendarSet, Leave? leave)
    {
        var local = Wita.ToLocal(instant);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var when = $"{local.DayOfWeek} {local.ToString("HH:mm", CultureInfo.InvariantCulture)} WITA";
        DutyVerdict Verdict(DutyStatus status, string explanation) => new(status, explanation, local);
        // Past the holiday check on a year never set, every answer says so: it would be HOLIDAY had the day been one.
        DutyVerdict Counted(DutyStatus status, string explanation) => holidayCalendarSet
            ? Verdict(status, explanation)
            : new(status, explanation + $" Provisional: the {day.Year} holiday calendar is not set, so a holiday that day is not known.",
                local, Provisional: true);

        if (employee is null) return Verdict(DutyStatus.UnknownEmployee, $"No employee is registered with NIP {nip}.");
        if (employee.Status == EmployeeStatus.Inactive)
            return Verdict(DutyStatus.InactiveEmployee, $"Employee {employee.Nip} is inactive.");

        var at = $"at {employee.UnitCode}" + (schedule.IsRegencyDefault ? " (regency default schedule)" : "");
        var hours = schedule.On(local.DayOfWeek);
        if (hours is null) return Verdict(DutyStatus.Weekend, $"{local.DayOfWeek} {Wita.Iso(day)} is not a working day {at}.");
        if (holiday is not null) return Verdict(DutyStatus.Holiday, holiday.Describe() + ".");
        if (leave is not null)
            return Counted(DutyStatus.OnLeave,
                $"Employee {employee.Nip} is on leave ({leave.Kind}) from {Wita.Iso(leave.FirstDay)} to {Wita.Iso(leave.LastDay)}.");
        if (!hours.IsWithinHours(time)) return Counted(DutyStatus.OutsideHours, $"{when} is outside {hours.Hours} {at}.");
        if (hours.IsInBreak(time)) return Counted(DutyStatus.Break, $"{when} is in the break {hours.Break} {at}.");
        return Counted(DutyStatus.OnDuty, $"{when} is within {hours.Hours} {at}.");
    }
}
