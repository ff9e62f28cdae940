using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using DomainLeave = Berau.Disiplin.Personnel.WorkingTime.Leave;
using DutyStatus = Berau.Disiplin.Contracts.Personnel.V1.DutyStatus;
using Holiday = Berau.Disiplin.Contracts.Personnel.V1.Holiday;
using Leave = Berau.Disiplin.Contracts.Personnel.V1.Leave;
using WorkSchedule = Berau.Disiplin.Contracts.Personnel.V1.WorkSchedule;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    private const string DutyReaders = $"{Roles.Service},{Roles.Verifier},{Roles.Hr},{Roles.Auditor}";

    [Authorize(Roles = Roles.Hr)]
    public override async Task<WorkSchedule> SetWorkSchedule(SetWorkScheduleRequest request, ServerCallContext context)
    {
        var command = await SetWorkScheduleMapping.ToCommandAsync(request, context.Handler<UnitLookup>(), context.CancellationToken);
        return ToMessage(await context.Handler<SetWorkScheduleHandler>().HandleAsync(command, context.CancellationToken));
    }

    public override async Task<WorkSchedule> GetWorkSchedule(GetWorkScheduleRequest request, ServerCallContext context)
    {
        var query = GetWorkScheduleMapping.ToQuery(request);
        return ToMessage(await context.Handler<GetWorkScheduleHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<HolidayCalendar> SetHolidays(SetHolidaysRequest request, ServerCallContext context)
    {
        var command = SetHolidaysMapping.ToCommand(request, Today(context));
        var holidays = await context.Handler<SetHolidaysHandler>().HandleAsync(command, context.CancellationToken);
        return ToMessage(new HolidayCalendarView(command.Year, holidays, Configured: true));
    }

    public override async Task<HolidayCalendar> GetHolidays(GetHolidaysRequest request, ServerCallContext context)
    {
        var query = GetHolidaysMapping.ToQuery(request, Today(context));
        return ToMessage(await context.Handler<GetHolidaysHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Leave> RecordLeave(RecordLeaveRequest request, ServerCallContext context)
    {
        var command = RecordLeaveMapping.ToCommand(request, Today(context));
        return ToMessage(await context.Handler<RecordLeaveHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = DutyReaders)]
    public override async Task<CheckDutyResponse> CheckDuty(CheckDutyRequest request, ServerCallContext context)
    {
        var query = CheckDutyMapping.ToQuery(request, Today(context));
        var (verdict, employee) = await context.Handler<CheckDutyHandler>().HandleAsync(query, context.CancellationToken);
        return new CheckDutyResponse
        {
            OnDuty = verdict.OnDuty,
            Status = (DutyStatus)(int)verdict.Status,
            Explanation = verdict.Explanation,
            LocalTime = Wita.Format(verdict.LocalTime),
            Employee = employee is null ? null : EmployeeMapping.ToMessage(employee),
            Provisional = verdict.Provisional,
        };
    }

    public override async Task<AddWorkingDaysResponse> AddWorkingDays(AddWorkingDaysRequest request, ServerCallContext context)
    {
        var query = await AddWorkingDaysMapping.ToQueryAsync(request, context.Handler<UnitLookup>(), Today(context),
            context.CancellationToken);
        var count = await context.Handler<AddWorkingDaysHandler>().HandleAsync(query, context.CancellationToken);
        var response = new AddWorkingDaysResponse { Date = Wita.Iso(count.Date), Provisional = count.Provisional };
        response.UnconfiguredYears.AddRange(count.UnconfiguredYears);
        return response;
    }

    private static WorkSchedule ToMessage(ScheduleView view)
    {
        var message = new WorkSchedule { UnitCode = view.UnitCode ?? "", IsDefault = view.Schedule.IsRegencyDefault };
        message.Days.AddRange(view.Schedule.Days.Select(d => new DayHours
        {
            DayOfWeek = d.Day == DayOfWeek.Sunday ? 7 : (int)d.Day,
            Start = WorkDay.Hhmm(d.Start),
            End = WorkDay.Hhmm(d.End),
            BreakStart = d.BreakStart is { } bs ? WorkDay.Hhmm(bs) : "",
            BreakEnd = d.BreakEnd is { } be ? WorkDay.Hhmm(be) : "",
        }));
        return message;
    }

    private static HolidayCalendar ToMessage(HolidayCalendarView view)
    {
        var calendar = new HolidayCalendar { Year = view.Year, Configured = view.Configured };
        calendar.Holidays.AddRange(view.Holidays.OrderBy(h => h.Date).Select(h => new Holiday
        { Date = Wita.Iso(h.Date), Name = h.Name, CollectiveLeave = h.CollectiveLeave }));
        return calendar;
    }

    private static Leave ToMessage(DomainLeave leave) => new()
    {
        LeaveId = leave.Id.ToString(), Nip = leave.Nip, FirstDay = Wita.Iso(leave.FirstDay),
        LastDay = Wita.Iso(leave.LastDay), Kind = leave.Kind,
    };
}
