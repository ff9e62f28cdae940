using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>Was this employee on duty (dalam jam kerja) at <see cref="At"/>, and if not, why not?</summary>
public sealed record CheckDuty(string Nip, DateTimeOffset At);

/// <summary>The verdict, and the employee as registered (null when nobody has the NIP).</summary>
public sealed record DutyCheck(DutyVerdict Verdict, EmployeeWithUnit? Employee);

/// <summary>Gathers what <see cref="DutyRules"/> decides on: the employee, their unit's schedule, the day's holiday and leave.</summary>
public sealed class CheckDutyHandler(PersonnelDbContext db)
{
    public async Task<DutyCheck> HandleAsync(CheckDuty query, CancellationToken cancellationToken)
    {
        var (nip, at) = query;
        var day = Wita.LocalDate(at);
        var found = await db.EmployeesWithUnits().SingleOrDefaultAsync(x => x.Employee.Nip == nip, cancellationToken);
        var schedule = await db.ScheduleForAsync(found?.Employee.UnitCode, cancellationToken);
        var holiday = await db.Holidays.AsNoTracking().SingleOrDefaultAsync(h => h.Date == day, cancellationToken);
        var calendarSet = holiday is not null || await db.HolidayYears.AnyAsync(y => y.Year == day.Year, cancellationToken);
        var leave = found is null ? null : await db.Leaves.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Nip == nip && l.FirstDay <= day && l.LastDay >= day, cancellationToken);
        return new DutyCheck(DutyRules.Check(at, nip, found?.Employee, schedule, holiday, calendarSet, leave), found);
    }
}

public static class CheckDutyMapping
{
    public static CheckDuty ToQuery(Proto.CheckDutyRequest request, DateOnly today)
    {
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        var at = LocalDates.RequiredInstant(v, "at", request.At?.ToDateTimeOffset(), today);
        v.ThrowIfInvalid();
        return new CheckDuty(nip, at);
    }
}
