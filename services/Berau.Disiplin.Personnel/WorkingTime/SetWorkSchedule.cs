using System.Globalization;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>Replace a unit's weekly schedule, or the regency default when <see cref="UnitCode"/> is null.</summary>
public sealed record SetWorkSchedule(string? UnitCode, IReadOnlyList<WorkDay> Days);

/// <summary>A schedule as the API shows it: for the unit asked about (null: the regency), its own or the default.</summary>
public sealed record ScheduleView(string? UnitCode, WorkSchedule Schedule);

public sealed class SetWorkScheduleHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<ScheduleView> HandleAsync(SetWorkSchedule command, CancellationToken cancellationToken)
    {
        var scope = command.UnitCode ?? WorkSchedule.RegencyDefault;
        var now = time.GetUtcNow();
        var schedule = await db.WorkSchedules.SingleOrDefaultAsync(s => s.Scope == scope, cancellationToken);
        if (schedule is null) db.WorkSchedules.Add(schedule = WorkSchedule.Define(command.UnitCode, command.Days, now));
        else schedule.Replace(command.Days, now);
        await db.SaveChangesAsync(cancellationToken);
        return new ScheduleView(command.UnitCode, schedule);
    }
}

public static class SetWorkScheduleMapping
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH.mm", "H.mm"];

    public static async Task<SetWorkSchedule> ToCommandAsync(Proto.SetWorkScheduleRequest request, UnitLookup units,
        CancellationToken cancellationToken)
    {
        var v = new Validator();
        var unitCode = await units.OptionalAsync(v, "unit_code", request.UnitCode, cancellationToken);
        var days = new List<WorkDay>();
        for (var i = 0; i < request.Days.Count; i++)
        {
            if (DayOf(v, $"days[{i}]", request.Days[i]) is { } day) days.Add(day);
        }
        if (v.IsValid) WorkSchedule.Validate(v, days, i => $"days[{i}]");
        v.ThrowIfInvalid();
        return new SetWorkSchedule(unitCode, days);
    }

    private static WorkDay? DayOf(Validator v, string field, Proto.DayHours hours)
    {
        var before = v.Violations.Count;
        if (hours.DayOfWeek is < 1 or > 7) v.Add(field + ".day_of_week", "must be 1 (Monday) to 7 (Sunday)");
        var start = TimeOf(v, field + ".start", hours.Start, required: true);
        var end = TimeOf(v, field + ".end", hours.End, required: true);
        var breakStart = TimeOf(v, field + ".break_start", hours.BreakStart, required: false);
        var breakEnd = TimeOf(v, field + ".break_end", hours.BreakEnd, required: false);
        if (v.Violations.Count > before || start is not { } from || end is not { } to) return null;
        return new WorkDay((DayOfWeek)(hours.DayOfWeek % 7), from, to, breakStart, breakEnd);
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
}
