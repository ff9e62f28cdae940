using System.Globalization;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.WorkingTime;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainHoliday = Berau.Disiplin.Personnel.WorkingTime.Holiday;
using DomainLeave = Berau.Disiplin.Personnel.WorkingTime.Leave;
using DomainSchedule = Berau.Disiplin.Personnel.WorkingTime.WorkSchedule;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;
using DutyStatus = Berau.Disiplin.Contracts.Personnel.V1.DutyStatus;
using Holiday = Berau.Disiplin.Contracts.Personnel.V1.Holiday;
using Leave = Berau.Disiplin.Contracts.Personnel.V1.Leave;
using WorkSchedule = Berau.Disiplin.Contracts.Personnel.V1.WorkSchedule;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    private const string DutyReaders = $"{Roles.Service},{Roles.Verifier},{Roles.Hr},{Roles.Auditor}";
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH.mm", "H.mm"];

    [Authorize(Roles = Roles.Hr)]
    public override async Task<WorkSchedule> SetWorkSchedule(SetWorkScheduleRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var unitCode = await ExistingUnitCodeAsync(v, "unit_code", request.UnitCode, ct);
        var days = new List<WorkDay>();
        for (var i = 0; i < request.Days.Count; i++)
        {
            if (DayOf(v, $"days[{i}]", request.Days[i]) is { } day) days.Add(day);
        }
        if (v.IsValid) DomainSchedule.Validate(v, days, i => $"days[{i}]");
        v.ThrowIfInvalid();

        var scope = unitCode ?? DomainSchedule.RegencyDefault;
        var now = time.GetUtcNow();
        var schedule = await db.WorkSchedules.SingleOrDefaultAsync(s => s.Scope == scope, ct);
        if (schedule is null) db.WorkSchedules.Add(schedule = DomainSchedule.Define(unitCode, days, now));
        else schedule.Replace(days, now);
        await db.SaveChangesAsync(ct);
        return ToMessage(schedule, unitCode, isDefault: unitCode is null);
    }

    public override async Task<WorkSchedule> GetWorkSchedule(GetWorkScheduleRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        string? unitCode = null;
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            unitCode = DomainUnit.NormaliseCode(request.UnitCode);
            var v = new Validator();
            DomainUnit.ValidateCode(v, "unit_code", unitCode);
            v.ThrowIfInvalid();
            if (!await db.Units.AnyAsync(u => u.Code == unitCode, ct)) throw new NotFoundException("Unit", unitCode);
        }
        var schedule = await ScheduleForAsync(unitCode, ct);
        return ToMessage(schedule, unitCode, schedule.IsRegencyDefault);
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<HolidayCalendar> SetHolidays(SetHolidaysRequest request, ServerCallContext context)
    {
        var today = Wita.Today(time);
        var v = new Validator();
        CheckYear(v, request.Year, today);
        var holidays = new List<DomainHoliday>();
        for (var i = 0; i < request.Holidays.Count; i++)
        {
            var h = request.Holidays[i];
            var field = $"holidays[{i}]";
            var date = LocalDates.Parse(v, field + ".date", h.Date, today);
            var name = h.Name.Trim();
            v.Required(field + ".name", name).MaxLength(field + ".name", name, DomainHoliday.MaxNameLength);
            if (date is not { } d) continue;
            if (d.Year != request.Year) v.Add(field + ".date", $"is not in {request.Year}");
            else if (holidays.Any(x => x.Date == d)) v.Add(field + ".date", $"{LocalDates.Format(d)} is listed twice");
            else holidays.Add(DomainHoliday.On(d, name, h.CollectiveLeave));
        }
        v.ThrowIfInvalid();

        await db.ReplaceHolidaysAsync(request.Year, holidays, context.CancellationToken);
        return ToMessage(request.Year, holidays);
    }

    public override async Task<HolidayCalendar> GetHolidays(GetHolidaysRequest request, ServerCallContext context)
    {
        var v = new Validator();
        CheckYear(v, request.Year, Wita.Today(time));
        v.ThrowIfInvalid();
        var holidays = await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= new DateOnly(request.Year, 1, 1) && h.Date <= new DateOnly(request.Year, 12, 31))
            .ToListAsync(context.CancellationToken);
        return ToMessage(request.Year, holidays);
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Leave> RecordLeave(RecordLeaveRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var today = Wita.Today(time);
        var nip = Nip.Normalise(request.Nip);
        var kind = request.Kind.Trim();
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, Nip.MaxLength);
        var first = LocalDates.Parse(v, "first_day", request.FirstDay, today);
        var last = LocalDates.Parse(v, "last_day", request.LastDay, today);
        if (first is { } f && last is { } l && l < f) v.Add("last_day", "must not be before first_day");
        v.Required("kind", kind).MaxLength("kind", kind, DomainLeave.MaxKindLength);
        v.ThrowIfInvalid();

        if (!await db.Employees.AnyAsync(e => e.Nip == nip, ct)) throw new NotFoundException("Employee", nip);
        var overlapping = await db.Leaves.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Nip == nip && x.FirstDay <= last!.Value && x.LastDay >= first!.Value, ct);
        if (overlapping is not null)
            throw new InvalidStateException(
                $"Employee {nip} already has leave ({overlapping.Kind}) from {LocalDates.Format(overlapping.FirstDay)} " +
                $"to {LocalDates.Format(overlapping.LastDay)}, which overlaps this one.", "OVERLAPPING_LEAVE");
        var leave = DomainLeave.Record(Ids.New(time), nip, first!.Value, last!.Value, kind, time.GetUtcNow());
        db.Leaves.Add(leave);
        await db.SaveChangesAsync(ct);
        return new Leave
        {
            LeaveId = leave.Id.ToString(), Nip = leave.Nip, FirstDay = LocalDates.Format(leave.FirstDay),
            LastDay = LocalDates.Format(leave.LastDay), Kind = leave.Kind,
        };
    }

    [Authorize(Roles = DutyReaders)]
    public override async Task<CheckDutyResponse> CheckDuty(CheckDutyRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var nip = Nip.Normalise(request.Nip);
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, Nip.MaxLength);
        if (request.At is null) v.Add("at", "is required");
        else LocalDates.Check(v, "at", request.At.ToDateTimeOffset(), Wita.Today(time));
        v.ThrowIfInvalid();

        var at = request.At!.ToDateTimeOffset();
        var day = Wita.LocalDate(at);
        var found = await EmployeesWithUnits().SingleOrDefaultAsync(x => x.Employee.Nip == nip, ct);
        var schedule = await ScheduleForAsync(found?.Employee.UnitCode, ct);
        var holiday = await db.Holidays.AsNoTracking().SingleOrDefaultAsync(h => h.Date == day, ct);
        var leave = found is null ? null : await db.Leaves.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Nip == nip && l.FirstDay <= day && l.LastDay >= day, ct);

        var verdict = DutyRules.Check(at, nip, found?.Employee, schedule, holiday, leave);
        return new CheckDutyResponse
        {
            OnDuty = verdict.OnDuty,
            Status = (DutyStatus)(int)verdict.Status,
            Explanation = verdict.Explanation,
            LocalTime = Wita.Format(verdict.LocalTime),
            Employee = found is null ? null : ToMessage(found.Employee, found.Unit),
        };
    }

    public override async Task<AddWorkingDaysResponse> AddWorkingDays(AddWorkingDaysRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var from = LocalDates.Parse(v, "date", request.Date, Wita.Today(time));
        v.Check(request.Days is >= 1 and <= WorkingCalendar.MaxDays, "days", $"must be from 1 to {WorkingCalendar.MaxDays}");
        var unitCode = await ExistingUnitCodeAsync(v, "unit_code", request.UnitCode, ct);
        v.ThrowIfInvalid();

        var schedule = await ScheduleForAsync(unitCode, ct);
        // 365 working days of a one-day week span seven years: load eight years of holidays (a small table).
        var until = from!.Value.AddYears(8);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date > from.Value && h.Date <= until)
            .Select(h => h.Date).ToHashSetAsync(ct);
        var date = new WorkingCalendar(schedule, holidays).AddWorkingDays(from.Value, request.Days);
        return new AddWorkingDaysResponse { Date = LocalDates.Format(date) };
    }

    /// <summary>The unit's own schedule, else the regency default.</summary>
    private async Task<DomainSchedule> ScheduleForAsync(string? unitCode, CancellationToken ct)
    {
        var schedules = await db.WorkSchedules.AsNoTracking()
            .Where(s => s.Scope == DomainSchedule.RegencyDefault || s.Scope == unitCode).ToListAsync(ct);
        return schedules.FirstOrDefault(s => !s.IsRegencyDefault)
               ?? schedules.FirstOrDefault()
               // The migration writes the default row; should an operator have deleted it, the regulation's week applies.
               ?? DomainSchedule.Define(null, RegencyDefaultWeek.Days, DateTimeOffset.UnixEpoch);
    }

    private static void CheckYear(Validator v, int year, DateOnly today) =>
        v.Check(year >= LocalDates.Earliest.Year && year <= LocalDates.Latest(today).Year, "year",
            $"must be from {LocalDates.Earliest.Year} to {LocalDates.Latest(today).Year}");

    private static WorkDay? DayOf(Validator v, string field, DayHours hours)
    {
        var before = v.Violations.Count;
        if (hours.DayOfWeek is < 1 or > 7) v.Add(field + ".day_of_week", "must be 1 (Monday) to 7 (Sunday)");
        var start = TimeOf(v, field + ".start", hours.Start, required: true);
        var end = TimeOf(v, field + ".end", hours.End, required: true);
        var breakStart = TimeOf(v, field + ".break_start", hours.BreakStart, required: false);
        var breakEnd = TimeOf(v, field + ".break_end", hours.BreakEnd, required: false);
        if (v.Violations.Count > before) return null;
        return new WorkDay((DayOfWeek)(hours.DayOfWeek % 7), start!.Value, end!.Value, breakStart, breakEnd);
    }

    private static TimeOnly? TimeOf(Validator v, string field, string text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) v.Add(field, "is required");
            return null;
        }
        if (TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        v.Add(field, "must be a time of day as HH:mm (WITA)");
        return null;
    }

    private static WorkSchedule ToMessage(DomainSchedule schedule, string? unitCode, bool isDefault)
    {
        var message = new WorkSchedule { UnitCode = unitCode ?? "", IsDefault = isDefault };
        message.Days.AddRange(schedule.Days.Select(d => new DayHours
        {
            DayOfWeek = d.Day == DayOfWeek.Sunday ? 7 : (int)d.Day,
            Start = WorkDay.Hhmm(d.Start),
            End = WorkDay.Hhmm(d.End),
            BreakStart = d.BreakStart is { } bs ? WorkDay.Hhmm(bs) : "",
            BreakEnd = d.BreakEnd is { } be ? WorkDay.Hhmm(be) : "",
        }));
        return message;
    }

    private static HolidayCalendar ToMessage(int year, IEnumerable<DomainHoliday> holidays)
    {
        var calendar = new HolidayCalendar { Year = year };
        calendar.Holidays.AddRange(holidays.OrderBy(h => h.Date).Select(h => new Holiday
            { Date = LocalDates.Format(h.Date), Name = h.Name, CollectiveLeave = h.CollectiveLeave }));
        return calendar;
    }
}
