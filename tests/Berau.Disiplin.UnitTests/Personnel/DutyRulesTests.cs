using System.Globalization;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.WorkingTime;

namespace Berau.Disiplin.UnitTests.Personnel;

/// <summary>CheckDuty across the week of Monday 23 to Sunday 29 November 2026, on the regency default schedule.</summary>
public sealed class DutyRulesTests
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Registered = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private const string Counter = "DISDUKCAPIL.PELAYANAN";

    private static readonly WorkSchedule Default = WorkSchedule.Define(null, RegencyDefaultWeek.Days, Registered);

    private static Employee AClerk() => Employee.Register(new NewEmployee("199203152015032001", "Rina Wulandari",
        EmploymentType.Pns, Counter, "Pengadministrasi Layanan Kependudukan", PositionLevel.Pelaksana), Registered);

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, Wita);

    private static DutyVerdict Check(DateTimeOffset at, Holiday? holiday = null, Leave? leave = null, Employee? employee = null,
        WorkSchedule? schedule = null) =>
        DutyRules.Check(at, "199203152015032001", employee ?? AClerk(), schedule ?? Default, holiday, holidayCalendarSet: true, leave);

    [Fact]
    public void Tuesday_1014_WITA_is_on_duty()
    {
        var verdict = Check(At(24, 10, 14));
        Assert.True(verdict.OnDuty);
        Assert.Equal(DutyStatus.OnDuty, verdict.Status);
        Assert.Equal("Tuesday 10:14 WITA is within 07:30–16:00 at DISDUKCAPIL.PELAYANAN (regency default schedule).",
            verdict.Explanation);
        Assert.Equal(At(24, 10, 14), verdict.LocalTime);
        Assert.Equal(Wita, verdict.LocalTime.Offset);
    }

    [Fact]
    public void The_same_instant_given_in_UTC_is_judged_in_WITA()
    {
        var verdict = Check(new DateTimeOffset(2026, 11, 24, 2, 14, 0, TimeSpan.Zero));
        Assert.Equal(DutyStatus.OnDuty, verdict.Status);
        Assert.Equal(new TimeSpan(10, 14, 0), verdict.LocalTime.TimeOfDay);
    }

    [Fact]
    public void Friday_afternoon_after_hours_is_off()
    {
        var verdict = Check(At(27, 16, 45));
        Assert.False(verdict.OnDuty);
        Assert.Equal(DutyStatus.OutsideHours, verdict.Status);
        Assert.Contains("Friday 16:45 WITA is outside 07:30–16:30", verdict.Explanation);
    }

    [Fact]
    public void Friday_ends_half_an_hour_later_than_Thursday()
    {
        Assert.Equal(DutyStatus.OnDuty, Check(At(27, 16, 15)).Status);
        Assert.Equal(DutyStatus.OutsideHours, Check(At(26, 16, 15)).Status);
    }

    [Fact]
    public void Friday_break_is_90_minutes_and_Monday_break_60()
    {
        Assert.Equal(DutyStatus.Break, Check(At(27, 11, 30)).Status);
        Assert.Equal(DutyStatus.Break, Check(At(27, 12, 59)).Status);
        Assert.Equal(DutyStatus.OnDuty, Check(At(27, 13, 0)).Status);
        Assert.Equal(DutyStatus.OnDuty, Check(At(23, 11, 30)).Status);
        var monday = Check(At(23, 12, 30));
        Assert.Equal(DutyStatus.Break, monday.Status);
        Assert.Contains("in the break 12:00–13:00", monday.Explanation);
    }

    [Fact]
    public void Hours_start_inclusive_and_end_exclusive()
    {
        Assert.Equal(DutyStatus.OutsideHours, Check(At(25, 7, 29)).Status);
        Assert.Equal(DutyStatus.OnDuty, Check(At(25, 7, 30)).Status);
        Assert.Equal(DutyStatus.OnDuty, Check(At(25, 15, 59)).Status);
        Assert.Equal(DutyStatus.OutsideHours, Check(At(25, 16, 0)).Status);
    }

    [Fact]
    public void Saturday_and_Sunday_are_weekend_on_the_default_schedule()
    {
        var saturday = Check(At(28, 10, 0));
        Assert.Equal(DutyStatus.Weekend, saturday.Status);
        Assert.Contains("Saturday 2026-11-28 is not a working day", saturday.Explanation);
        Assert.Equal(DutyStatus.Weekend, Check(At(29, 10, 0)).Status);
    }

    [Fact]
    public void A_holiday_is_off_and_named()
    {
        var verdict = Check(At(24, 10, 14), holiday: Holiday.On(new(2026, 11, 24), "Hari libur uji", collectiveLeave: false));
        Assert.False(verdict.OnDuty);
        Assert.Equal(DutyStatus.Holiday, verdict.Status);
        Assert.Equal("2026-11-24 is a national holiday: Hari libur uji.", verdict.Explanation);

        var cutiBersama = Check(At(24, 10, 14), holiday: Holiday.On(new(2026, 11, 24), "Cuti bersama uji", collectiveLeave: true));
        Assert.Contains("cuti bersama", cutiBersama.Explanation);
    }

    [Fact]
    public void A_day_on_leave_is_off()
    {
        var leave = Leave.Record(Guid.CreateVersion7(), "199203152015032001", new(2026, 11, 23), new(2026, 11, 25),
            "cuti tahunan", employeesLeaves: [], Registered);
        var verdict = Check(At(24, 10, 14), leave: leave);
        Assert.False(verdict.OnDuty);
        Assert.Equal(DutyStatus.OnLeave, verdict.Status);
        Assert.Contains("on leave (cuti tahunan) from 2026-11-23 to 2026-11-25", verdict.Explanation);
    }

    [Fact]
    public void A_UTC_instant_on_Sunday_evening_is_Monday_morning_in_Berau_and_on_duty()
    {
        // 23:45 UTC on Sunday 22 November is 07:45 WITA on Monday 23 November.
        var verdict = Check(new DateTimeOffset(2026, 11, 22, 23, 45, 0, TimeSpan.Zero));
        Assert.Equal(DutyStatus.OnDuty, verdict.Status);
        Assert.Equal(DayOfWeek.Monday, verdict.LocalTime.DayOfWeek);
        Assert.Contains("Monday 07:45 WITA", verdict.Explanation);
    }

    [Fact]
    public void A_UTC_instant_on_Friday_afternoon_is_Saturday_in_Berau_and_weekend()
    {
        // 16:30 UTC on Friday 27 November is 00:30 WITA on Saturday 28 November.
        var verdict = Check(new DateTimeOffset(2026, 11, 27, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(DutyStatus.Weekend, verdict.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 30, 0, Wita), verdict.LocalTime);
    }

    [Fact]
    public void A_front_line_unit_with_its_own_Saturday_hours_is_on_duty_on_Saturday()
    {
        var counters = WorkSchedule.Define(Counter,
            [.. RegencyDefaultWeek.Days, new WorkDay(DayOfWeek.Saturday, new(8, 0), new(12, 0))], Registered);
        var verdict = Check(At(28, 9, 0), schedule: counters);
        Assert.Equal(DutyStatus.OnDuty, verdict.Status);
        Assert.Equal("Saturday 09:00 WITA is within 08:00–12:00 at DISDUKCAPIL.PELAYANAN.", verdict.Explanation);
    }

    [Fact]
    public void Unknown_and_inactive_employees_are_not_on_duty()
    {
        var unknown = DutyRules.Check(At(24, 10, 14), "199001012020011001", null, Default, null, holidayCalendarSet: true, null);
        Assert.Equal(DutyStatus.UnknownEmployee, unknown.Status);
        Assert.Contains("199001012020011001", unknown.Explanation);

        var inactive = AClerk();
        inactive.Update(null, null, null, EmployeeStatus.Inactive, Registered);
        Assert.Equal(DutyStatus.InactiveEmployee, Check(At(24, 10, 14), employee: inactive).Status);
    }

    [Fact]
    public void On_a_year_whose_holiday_calendar_was_never_set_a_working_day_verdict_is_provisional_and_says_so()
    {
        var newYear = DutyRules.Check(new DateTimeOffset(2028, 1, 3, 10, 0, 0, Wita), "199203152015032001", AClerk(), Default,
            holiday: null, holidayCalendarSet: false, leave: null);

        Assert.Equal((DutyStatus.OnDuty, true), (newYear.Status, newYear.Provisional));
        Assert.EndsWith("Provisional: the 2028 holiday calendar is not set, so a holiday that day is not known.", newYear.Explanation);
        Assert.False(Check(At(24, 10, 14)).Provisional);
    }

    [Fact]
    public void A_verdict_the_holiday_calendar_cannot_change_is_never_provisional()
    {
        // Saturday: a day off whatever the calendar says; an unknown NIP: nobody to be on duty.
        var saturday = DutyRules.Check(new DateTimeOffset(2028, 1, 1, 10, 0, 0, Wita), "199203152015032001", AClerk(), Default,
            holiday: null, holidayCalendarSet: false, leave: null);
        var unknown = DutyRules.Check(new DateTimeOffset(2028, 1, 3, 10, 0, 0, Wita), "199001012020011001", null, Default,
            holiday: null, holidayCalendarSet: false, leave: null);
        Assert.Equal((DutyStatus.Weekend, false), (saturday.Status, saturday.Provisional));
        Assert.Equal((DutyStatus.UnknownEmployee, false), (unknown.Status, unknown.Provisional));
    }
}

public sealed class WorkScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Regency_default_week_is_37_and_a_half_hours_with_60_minute_breaks_and_90_on_Friday()
    {
        var week = WorkSchedule.Define(null, RegencyDefaultWeek.Days, Now);
        Assert.Equal(TimeSpan.FromHours(37.5), week.WeeklyHours);
        Assert.All(week.Days.Where(d => d.Day != DayOfWeek.Friday), d => Assert.Equal(TimeSpan.FromMinutes(60), d.BreakEnd - d.BreakStart));
        Assert.Equal(TimeSpan.FromMinutes(90), week.On(DayOfWeek.Friday)!.BreakEnd - week.On(DayOfWeek.Friday)!.BreakStart);
        Assert.All(week.Days, d => Assert.Equal(new TimeOnly(7, 30), d.Start));
        Assert.Null(week.On(DayOfWeek.Saturday));
        Assert.True(week.IsRegencyDefault);
    }

    [Fact]
    public void A_schedule_with_no_days_wrong_hours_or_a_break_outside_them_is_refused_per_field()
    {
        var v = new Berau.Disiplin.Primitives.Validator();
        WorkSchedule.Validate(v, [], i => $"days[{i}]");
        Assert.Equal("must list at least one working day", v.Violations.Single(x => x.Field == "days").Reason);

        v = new Berau.Disiplin.Primitives.Validator();
        WorkSchedule.Validate(v,
        [
            new WorkDay(DayOfWeek.Monday, new(16, 0), new(7, 30)),
            new WorkDay(DayOfWeek.Tuesday, new(7, 30), new(16, 0), new(6, 0), new(7, 0)),
            new WorkDay(DayOfWeek.Wednesday, new(7, 30), new(16, 0), new(12, 0)),
            new WorkDay(DayOfWeek.Wednesday, new(7, 30), new(16, 0)),
        ], i => $"days[{i}]");
        var fields = v.Violations.ToDictionary(x => x.Field, x => x.Reason);
        Assert.Equal("must be after start", fields["days[0].end"]);
        Assert.Equal("the break must lie within the working hours", fields["days[1].break_start"]);
        Assert.Equal("a break needs both its start and its end", fields["days[2].break_end"]);
        Assert.Equal("Wednesday is listed twice", fields["days[3].day_of_week"]);
    }
}

public sealed class WorkingCalendarTests
{
    private static readonly WorkSchedule Default =
        WorkSchedule.Define(null, RegencyDefaultWeek.Days, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly HashSet<DateOnly> Lebaran2026 =
    [
        new(2026, 3, 18), new(2026, 3, 19), new(2026, 3, 20), new(2026, 3, 21), new(2026, 3, 22), new(2026, 3, 23),
        new(2026, 3, 24),
    ];

    [Fact]
    public void One_working_day_after_a_Friday_is_the_Monday()
    {
        var calendar = new WorkingCalendar(Default, new HashSet<DateOnly>());
        Assert.Equal(new DateOnly(2026, 11, 30), calendar.AddWorkingDays(new(2026, 11, 27), 1));
    }

    [Fact]
    public void Fourteen_working_days_skip_two_weekends()
    {
        var calendar = new WorkingCalendar(Default, new HashSet<DateOnly>());
        Assert.Equal(new DateOnly(2026, 12, 11), calendar.AddWorkingDays(new(2026, 11, 23), 14));
    }

    [Fact]
    public void Holidays_and_cuti_bersama_are_not_working_days()
    {
        var calendar = new WorkingCalendar(Default, Lebaran2026);
        // From Tuesday 17 March: 18–24 March are Nyepi, Idul Fitri and their cuti bersama; 25, 26, 27 count.
        Assert.Equal(new DateOnly(2026, 3, 27), calendar.AddWorkingDays(new(2026, 3, 17), 3));
        Assert.False(calendar.IsWorkingDay(new(2026, 3, 23)));
        Assert.True(calendar.IsWorkingDay(new(2026, 3, 25)));
    }

    [Fact]
    public void A_unit_working_on_Saturday_counts_Saturday()
    {
        var sixDays = WorkSchedule.Define("DISDUKCAPIL.PELAYANAN",
            [.. RegencyDefaultWeek.Days, new WorkDay(DayOfWeek.Saturday, new(8, 0), new(12, 0))], DateTimeOffset.UnixEpoch);
        Assert.Equal(new DateOnly(2026, 11, 28), new WorkingCalendar(sixDays, new HashSet<DateOnly>()).AddWorkingDays(new(2026, 11, 27), 1));
    }

    [Theory]
    [InlineData("2026-12-30", "2026-12-31", new[] { 2026 })]
    [InlineData("2026-12-31", "2027-01-01", new[] { 2027 })]             // the starting day never counts
    [InlineData("2026-12-30", "2028-01-03", new[] { 2026, 2027, 2028 })]
    [InlineData("2000-12-29", "2001-01-01", new[] { 2001 })]             // 30–31 Dec 2000 are a weekend: no holiday matters
    public void A_count_depends_on_the_calendars_of_the_years_of_the_working_days_it_examined(string from, string to, int[] years) =>
        Assert.Equal(years, new WorkingCalendar(Default, new HashSet<DateOnly>()).YearsCounted(
            DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_count_is_provisional_exactly_when_it_crossed_an_unconfigured_year()
    {
        Assert.True(new WorkingDayCount(new(2027, 1, 1), [2027]).Provisional);
        Assert.False(new WorkingDayCount(new(2027, 1, 4), []).Provisional);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Day_counts_outside_1_to_365_are_refused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new WorkingCalendar(Default, new HashSet<DateOnly>()).AddWorkingDays(new(2026, 11, 27), days));
}
