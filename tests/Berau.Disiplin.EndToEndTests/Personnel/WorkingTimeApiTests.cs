using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Personnel;

/// <summary>
/// Working time through the API, on dates in 2027: the holiday calendar is one for the whole suite, and only these
/// tests set 2027's (each test sets what it relies on before relying on it).
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class WorkingTimeApiTests(SuiteHost suite)
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    private static Timestamp At(int month, int day, int hour, int minute) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, month, day, hour, minute, 0, Wita));

    private static Timestamp Utc(int month, int day, int hour, int minute) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, month, day, hour, minute, 0, TimeSpan.Zero));

    private async Task SetHolidays2027Async() =>
        await Client.SetHolidaysAsync(new SetHolidaysRequest
        {
            Year = 2027,
            Holidays =
            {
                new Holiday { Date = "2027-08-17", Name = "Hari Proklamasi Kemerdekaan Republik Indonesia" },
                new Holiday { Date = "2027-12-24", Name = "Cuti bersama Hari Raya Natal", CollectiveLeave = true },
                new Holiday { Date = "2027-01-01", Name = "Tahun Baru 2027 Masehi" },
            },
        }, SuiteHost.As(Roles.Hr));

    private async Task<CheckDutyResponse> CheckAsync(string nip, Timestamp at) =>
        await Client.CheckDutyAsync(new CheckDutyRequest { Nip = nip, At = at }, SuiteHost.As(Roles.Service));

    [Fact]
    public async Task CheckDuty_across_a_week_on_the_regency_default_schedule()
    {
        await SetHolidays2027Async();
        var counters = await PersonnelTestData.NewUnitAsync(suite, frontLine: true, name: "Loket Pelayanan");
        var clerk = await PersonnelTestData.NewPnsAsync(suite, counters.Code, name: "Rina Wulandari");
        await Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = clerk.Nip, FirstDay = "2027-03-10", LastDay = "2027-03-12", Kind = "cuti tahunan",
        }, SuiteHost.As(Roles.Hr));

        // Tuesday 9 March 2027, 10:14 WITA.
        var tuesday = await CheckAsync(clerk.Nip, At(3, 9, 10, 14));
        Assert.True(tuesday.OnDuty);
        Assert.Equal(DutyStatus.OnDuty, tuesday.Status);
        Assert.Equal("2027-03-09T10:14:00+08:00", tuesday.LocalTime);
        Assert.Equal($"Tuesday 10:14 WITA is within 07:30–16:00 at {counters.Code} (regency default schedule).", tuesday.Explanation);
        Assert.Equal(clerk, tuesday.Employee);

        // Friday 5 March, 16:45: Friday hours end at 16:30.
        var fridayAfternoon = await CheckAsync(clerk.Nip, At(3, 5, 16, 45));
        Assert.False(fridayAfternoon.OnDuty);
        Assert.Equal(DutyStatus.OutsideHours, fridayAfternoon.Status);

        // Friday 5 March, 12:15: the Friday break.
        Assert.Equal(DutyStatus.Break, (await CheckAsync(clerk.Nip, At(3, 5, 12, 15))).Status);
        // Saturday 6 March.
        Assert.Equal(DutyStatus.Weekend, (await CheckAsync(clerk.Nip, At(3, 6, 10, 0))).Status);

        // Tuesday 17 August: a national holiday.
        var holiday = await CheckAsync(clerk.Nip, At(8, 17, 10, 0));
        Assert.Equal(DutyStatus.Holiday, holiday.Status);
        Assert.Contains("Hari Proklamasi Kemerdekaan", holiday.Explanation);

        // Thursday 11 March: on leave.
        var onLeave = await CheckAsync(clerk.Nip, At(3, 11, 10, 0));
        Assert.False(onLeave.OnDuty);
        Assert.Equal(DutyStatus.OnLeave, onLeave.Status);
        Assert.Contains("cuti tahunan", onLeave.Explanation);
    }

    [Fact]
    public async Task A_UTC_instant_is_judged_on_its_local_day_in_Berau()
    {
        await SetHolidays2027Async();
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var clerk = await PersonnelTestData.NewPnsAsync(suite, unit.Code);

        // Sunday 7 March 23:45 UTC is Monday 8 March 07:45 WITA.
        var monday = await CheckAsync(clerk.Nip, Utc(3, 7, 23, 45));
        Assert.Equal(DutyStatus.OnDuty, monday.Status);
        Assert.Equal("2027-03-08T07:45:00+08:00", monday.LocalTime);

        // Monday 16 August 23:30 UTC is Tuesday 17 August 07:30 WITA: the holiday of the local date applies.
        var holiday = await CheckAsync(clerk.Nip, Utc(8, 16, 23, 30));
        Assert.Equal(DutyStatus.Holiday, holiday.Status);
        Assert.Equal("2027-08-17T07:30:00+08:00", holiday.LocalTime);

        // Friday 5 March 16:30 UTC is Saturday 6 March 00:30 WITA.
        Assert.Equal(DutyStatus.Weekend, (await CheckAsync(clerk.Nip, Utc(3, 5, 16, 30))).Status);
    }

    [Fact]
    public async Task An_unknown_NIP_is_an_unknown_employee_and_a_far_future_instant_is_refused()
    {
        var unknown = await CheckAsync(PersonnelTestData.PnsNip(), At(3, 9, 10, 14));
        Assert.False(unknown.OnDuty);
        Assert.Equal(DutyStatus.UnknownEmployee, unknown.Status);
        Assert.Null(unknown.Employee);

        var far = await Assert.ThrowsAsync<RpcException>(() => Client.CheckDutyAsync(new CheckDutyRequest
        {
            Nip = PersonnelTestData.PnsNip(), At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2100, 1, 5, 10, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Service)).ResponseAsync);
        Assert.Contains("the end of next year", ValidationTests.FieldViolations(far)["at"]);

        var missing = await Assert.ThrowsAsync<RpcException>(() => Client.CheckDutyAsync(
            new CheckDutyRequest { Nip = "" }, SuiteHost.As(Roles.Service)).ResponseAsync);
        Assert.Equal(["at", "nip"], ValidationTests.FieldViolations(missing).Keys.Order());

        var reporter = await Assert.ThrowsAsync<RpcException>(() => Client.CheckDutyAsync(
            new CheckDutyRequest { Nip = PersonnelTestData.PnsNip(), At = At(3, 9, 10, 14) }, SuiteHost.As(Roles.Reporter)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, reporter.StatusCode);
    }

    [Fact]
    public async Task A_unit_without_its_own_schedule_gets_the_regency_default_written_by_the_migration()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var schedule = await Client.GetWorkScheduleAsync(new GetWorkScheduleRequest { UnitCode = unit.Code }, SuiteHost.As(Roles.Reporter));

        Assert.True(schedule.IsDefault);
        Assert.Equal(unit.Code, schedule.UnitCode);
        Assert.Equal([1, 2, 3, 4, 5], schedule.Days.Select(d => d.DayOfWeek));
        Assert.All(schedule.Days.Take(4), d => Assert.Equal(("07:30", "16:00", "12:00", "13:00"), (d.Start, d.End, d.BreakStart, d.BreakEnd)));
        Assert.Equal(("07:30", "16:30", "11:30", "13:00"), (schedule.Days[4].Start, schedule.Days[4].End, schedule.Days[4].BreakStart, schedule.Days[4].BreakEnd));

        var regency = await Client.GetWorkScheduleAsync(new GetWorkScheduleRequest(), SuiteHost.As(Roles.Reporter));
        Assert.True(regency.IsDefault);
        Assert.Equal(schedule.Days, regency.Days);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Client.GetWorkScheduleAsync(
            new GetWorkScheduleRequest { UnitCode = PersonnelTestData.UnitCode() }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_front_line_unit_with_its_own_Saturday_hours_is_on_duty_on_Saturday()
    {
        var counters = await PersonnelTestData.NewUnitAsync(suite, frontLine: true);
        var clerk = await PersonnelTestData.NewPnsAsync(suite, counters.Code);
        var set = await Client.SetWorkScheduleAsync(new SetWorkScheduleRequest
        {
            UnitCode = counters.Code,
            Days =
            {
                new DayHours { DayOfWeek = 6, Start = "08:00", End = "12:00" },
                new DayHours { DayOfWeek = 1, Start = "07:30", End = "16:00", BreakStart = "12:00", BreakEnd = "13:00" },
            },
        }, SuiteHost.As(Roles.Hr));
        Assert.False(set.IsDefault);
        Assert.Equal([1, 6], set.Days.Select(d => d.DayOfWeek));

        var saturday = await CheckAsync(clerk.Nip, At(3, 6, 9, 0));
        Assert.Equal(DutyStatus.OnDuty, saturday.Status);
        Assert.Equal($"Saturday 09:00 WITA is within 08:00–12:00 at {counters.Code}.", saturday.Explanation);
        // Tuesday is not in this unit's week.
        Assert.Equal(DutyStatus.Weekend, (await CheckAsync(clerk.Nip, At(3, 9, 10, 14))).Status);
        var read = await Client.GetWorkScheduleAsync(new GetWorkScheduleRequest { UnitCode = counters.Code }, SuiteHost.As(Roles.Hr));
        Assert.Equal(set, read);
    }

    [Fact]
    public async Task A_schedule_with_unreadable_or_inconsistent_hours_is_refused_per_field()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.SetWorkScheduleAsync(new SetWorkScheduleRequest
        {
            UnitCode = unit.Code,
            Days =
            {
                new DayHours { DayOfWeek = 1, Start = "25:00", End = "16:00" },
                new DayHours { DayOfWeek = 8, Start = "07:30", End = "16:00" },
            },
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Equal("must be a time of day as HH:mm (WITA)", fields["days[0].start"]);
        Assert.Equal("must be 1 (Monday) to 7 (Sunday)", fields["days[1].day_of_week"]);

        var inverted = await Assert.ThrowsAsync<RpcException>(() => Client.SetWorkScheduleAsync(new SetWorkScheduleRequest
        {
            UnitCode = unit.Code, Days = { new DayHours { DayOfWeek = 2, Start = "16:00", End = "07:30" } },
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal("must be after start", ValidationTests.FieldViolations(inverted)["days[0].end"]);

        var noUnit = await Assert.ThrowsAsync<RpcException>(() => Client.SetWorkScheduleAsync(new SetWorkScheduleRequest
        {
            UnitCode = PersonnelTestData.UnitCode(), Days = { new DayHours { DayOfWeek = 2, Start = "07:30", End = "16:00" } },
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("does not exist", ValidationTests.FieldViolations(noUnit)["unit_code"]);
    }

    [Fact]
    public async Task The_holiday_calendar_of_a_year_is_replaced_whole_and_read_back_in_date_order()
    {
        await SetHolidays2027Async();
        var calendar = await Client.GetHolidaysAsync(new GetHolidaysRequest { Year = 2027 }, SuiteHost.As(Roles.Reporter));
        Assert.Equal(["2027-01-01", "2027-08-17", "2027-12-24"], calendar.Holidays.Select(h => h.Date));
        Assert.True(calendar.Holidays[2].CollectiveLeave);
        Assert.False(calendar.Holidays[1].CollectiveLeave);

        var tooEarly = await Assert.ThrowsAsync<RpcException>(() => Client.GetHolidaysAsync(
            new GetHolidaysRequest { Year = 1999 }, SuiteHost.As(Roles.Reporter)).ResponseAsync);
        Assert.Contains("must be from 2000 to", ValidationTests.FieldViolations(tooEarly)["year"]);
    }

    [Fact]
    public async Task Holidays_outside_their_year_twice_nameless_or_far_in_the_future_are_refused()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.SetHolidaysAsync(new SetHolidaysRequest
        {
            Year = 2027,
            Holidays =
            {
                new Holiday { Date = "2026-08-17", Name = "Tahun lalu" },
                new Holiday { Date = "2027-08-17", Name = "Kemerdekaan" },
                new Holiday { Date = "2027-08-17", Name = "Lagi" },
                new Holiday { Date = "2027-13-01", Name = "Bulan 13" },
                new Holiday { Date = "2027-05-01", Name = " " },
            },
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Equal("is not in 2027", fields["holidays[0].date"]);
        Assert.Equal("2027-08-17 is listed twice", fields["holidays[2].date"]);
        Assert.Equal("must be a date as yyyy-MM-dd", fields["holidays[3].date"]);
        Assert.Equal("is required", fields["holidays[4].name"]);

        var far = await Assert.ThrowsAsync<RpcException>(() => Client.SetHolidaysAsync(new SetHolidaysRequest
        {
            Year = 2100, Holidays = { new Holiday { Date = "2100-01-01", Name = "Tahun Baru" } },
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("must be from 2000 to", ValidationTests.FieldViolations(far)["year"]);
    }

    [Fact]
    public async Task Leave_for_an_unknown_employee_backwards_far_ahead_or_overlapping_is_refused()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var clerk = await PersonnelTestData.NewPnsAsync(suite, unit.Code);
        var recorded = await Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = clerk.Nip, FirstDay = "2027-04-05", LastDay = "2027-04-09", Kind = "cuti sakit",
        }, SuiteHost.As(Roles.Hr));
        Assert.True(Guid.TryParse(recorded.LeaveId, out _));
        Assert.Equal(("2027-04-05", "2027-04-09", "cuti sakit"), (recorded.FirstDay, recorded.LastDay, recorded.Kind));

        var overlapping = await Assert.ThrowsAsync<RpcException>(() => Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = clerk.Nip, FirstDay = "2027-04-09", LastDay = "2027-04-12", Kind = "cuti tahunan",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, overlapping.StatusCode);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = PersonnelTestData.PnsNip(), FirstDay = "2027-04-05", LastDay = "2027-04-06", Kind = "cuti tahunan",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);

        var backwards = await Assert.ThrowsAsync<RpcException>(() => Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = clerk.Nip, FirstDay = "2027-05-10", LastDay = "2027-05-03", Kind = "",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(backwards);
        Assert.Equal("must not be before first_day", fields["last_day"]);
        Assert.Equal("is required", fields["kind"]);

        var far = await Assert.ThrowsAsync<RpcException>(() => Client.RecordLeaveAsync(new RecordLeaveRequest
        {
            Nip = clerk.Nip, FirstDay = "2099-01-01", LastDay = "2099-01-02", Kind = "cuti besar",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("the end of next year", ValidationTests.FieldViolations(far)["first_day"]);
    }

    [Fact]
    public async Task A_count_into_a_year_whose_holidays_are_not_set_is_provisional_and_names_the_year()
    {
        await SetHolidays2027Async();
        var official = SuiteHost.As(Roles.Official);

        // Thursday 30 December 2027 + 2: Friday 31, then Monday 3 January 2028, a year nobody can have set yet.
        var into2028 = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2027-12-30", Days = 2 }, official);
        Assert.Equal(("2028-01-03", true), (into2028.Date, into2028.Provisional));
        Assert.Equal([2028], into2028.UnconfiguredYears);

        // Within 2027, whose calendar is set: settled. Across New Year 2027: 1 January is the set holiday, not a working day.
        var within = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2027-12-30", Days = 1 }, official);
        Assert.Equal(("2027-12-31", false), (within.Date, within.Provisional));
        Assert.Empty(within.UnconfiguredYears);
        var newYear = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2026-12-31", Days = 1 }, official);
        Assert.Equal(("2027-01-04", false), (newYear.Date, newYear.Provisional));

        // 2001 was never set: Monday 1 January 2001 is counted, and the answer says it may be wrong.
        var old = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2000-12-29", Days = 1 }, official);
        Assert.Equal(("2001-01-01", true), (old.Date, old.Provisional));
        Assert.Equal([2001], old.UnconfiguredYears);
        var unset = await Client.GetHolidaysAsync(new GetHolidaysRequest { Year = 2001 }, official);
        Assert.Equal((false, 0), (unset.Configured, unset.Holidays.Count));

        // CheckDuty on such a day says so too; on a set year it does not.
        var clerk = await PersonnelTestData.NewPnsAsync(suite, (await PersonnelTestData.NewUnitAsync(suite)).Code);
        var duty2001 = await Client.CheckDutyAsync(new CheckDutyRequest
        {
            Nip = clerk.Nip, At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2001, 1, 1, 10, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Service));
        Assert.Equal((DutyStatus.OnDuty, true), (duty2001.Status, duty2001.Provisional));
        Assert.Contains("the 2001 holiday calendar is not set", duty2001.Explanation);
        var duty2027 = await Client.CheckDutyAsync(new CheckDutyRequest { Nip = clerk.Nip, At = At(3, 9, 10, 14) },
            SuiteHost.As(Roles.Service));
        Assert.Equal((DutyStatus.OnDuty, false), (duty2027.Status, duty2027.Provisional));

        // The suite's one calendar client (Hosting) hands the flag on to the services that count deadlines.
        await using var scope = suite.Discipline.App.Services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<PersonnelCalendar>();
        var provisional = await calendar.AddWorkingDaysWithProvenanceAsync(new(2027, 12, 30), 2, "NO-SUCH-UNIT", CancellationToken.None);
        Assert.Equal((new DateOnly(2028, 1, 3), true), (provisional.Date, provisional.Provisional));
        Assert.Equal([2028], provisional.UnconfiguredYears);
        var settled = await calendar.AddWorkingDaysWithProvenanceAsync(new(2027, 12, 30), 1, null, CancellationToken.None);
        Assert.Equal((new DateOnly(2027, 12, 31), false), (settled.Date, settled.Provisional));
        Assert.Empty(settled.UnconfiguredYears);
        Assert.Equal(new DateOnly(2028, 1, 3), await calendar.AddWorkingDaysAsync(new(2027, 12, 30), 2, null, CancellationToken.None));
        Assert.False((await calendar.AddWorkingDaysWithProvenanceAsync(new(2027, 12, 30), 0, null, CancellationToken.None)).Provisional);
    }

    [Fact]
    public async Task A_year_set_to_an_empty_list_counts_as_set()
    {
        var hr = SuiteHost.As(Roles.Hr);
        var empty = await Client.SetHolidaysAsync(new SetHolidaysRequest { Year = 2027 }, hr);
        Assert.Equal((true, 0), (empty.Configured, empty.Holidays.Count));
        try
        {
            // Friday 1 January 2027 is a working day on an empty calendar, and that is what HR said.
            var count = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2026-12-31", Days = 1 }, hr);
            Assert.Equal(("2027-01-01", false), (count.Date, count.Provisional));
            Assert.True((await Client.GetHolidaysAsync(new GetHolidaysRequest { Year = 2027 }, hr)).Configured);
        }
        finally
        {
            await SetHolidays2027Async();
        }
    }

    [Fact]
    public async Task Working_days_are_added_on_the_holiday_calendar_and_the_unit_s_week()
    {
        await SetHolidays2027Async();
        // Friday 13 August + 2: Monday 16, (Tuesday 17 is a holiday), Wednesday 18.
        var regency = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2027-08-13", Days = 2 }, SuiteHost.As(Roles.Official));
        Assert.Equal("2027-08-18", regency.Date);

        var counters = await PersonnelTestData.NewUnitAsync(suite, frontLine: true);
        await Client.SetWorkScheduleAsync(new SetWorkScheduleRequest
        {
            UnitCode = counters.Code,
            Days =
            {
                new DayHours { DayOfWeek = 1, Start = "07:30", End = "16:00" },
                new DayHours { DayOfWeek = 6, Start = "08:00", End = "12:00" },
            },
        }, SuiteHost.As(Roles.Hr));
        // Friday 13 August + 2 on a Monday-and-Saturday week: Saturday 14, Monday 16.
        var unitWeek = await Client.AddWorkingDaysAsync(new AddWorkingDaysRequest { Date = "2027-08-13", Days = 2, UnitCode = counters.Code },
            SuiteHost.As(Roles.Official));
        Assert.Equal("2027-08-16", unitWeek.Date);

        var bad = await Assert.ThrowsAsync<RpcException>(() => Client.AddWorkingDaysAsync(
            new AddWorkingDaysRequest { Date = "13-08-2027", Days = 0, UnitCode = "NO-SUCH-UNIT-W" }, SuiteHost.As(Roles.Official)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(bad);
        Assert.Equal("must be a date as yyyy-MM-dd", fields["date"]);
        Assert.Equal("must be from 1 to 365", fields["days"]);
        Assert.Contains("does not exist", fields["unit_code"]);
    }
}
