using System.Globalization;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>The working hours of one weekday, in WITA, with an optional break (istirahat).</summary>
public sealed record WorkDay(DayOfWeek Day, TimeOnly Start, TimeOnly End, TimeOnly? BreakStart = null, TimeOnly? BreakEnd = null)
{
    /// <summary>Hours worked that day, breaks excluded (Perpres 21/2023 counts 37.5 h a week without breaks).</summary>
    public TimeSpan NetHours => End - Start - (BreakEnd is { } be && BreakStart is { } bs ? be - bs : TimeSpan.Zero);

    /// <summary>Start inclusive, end exclusive: 07:30 is on duty, 16:00 is not.</summary>
    public bool IsWithinHours(TimeOnly time) => time >= Start && time < End;

    public bool IsInBreak(TimeOnly time) => BreakStart is { } bs && BreakEnd is { } be && time >= bs && time < be;

    public string Hours => $"{Hhmm(Start)}–{Hhmm(End)}";

    public string Break => BreakStart is { } bs && BreakEnd is { } be ? $"{Hhmm(bs)}–{Hhmm(be)}" : "";

    public static string Hhmm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>
/// A weekly schedule (jam kerja): the regency default, or a unit's own (a front-line service unit may work other
/// days, Perpres 21/2023 Pasal 7). Days not listed are days off. Ramadan hours are a schedule HR sets for the
/// month, not a calendar of its own.
/// </summary>
public sealed class WorkSchedule
{
    /// <summary>The key of the regency default; never a unit code (codes cannot hold '*').</summary>
    public const string RegencyDefault = "*";

    private WorkSchedule() { }

    /// <summary>A unit code, or <see cref="RegencyDefault"/>.</summary>
    public string Scope { get; private set; } = "";
    public IReadOnlyList<WorkDay> Days { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UnitCode => Scope == RegencyDefault ? null : Scope;
    public bool IsRegencyDefault => Scope == RegencyDefault;
    public TimeSpan WeeklyHours => Days.Aggregate(TimeSpan.Zero, (sum, d) => sum + d.NetHours);

    public static WorkSchedule Define(string? unitCode, IReadOnlyList<WorkDay> days, DateTimeOffset now) => new()
    {
        Scope = unitCode ?? RegencyDefault,
        Days = Sorted(days),
        UpdatedAt = now,
    };

    public void Replace(IReadOnlyList<WorkDay> days, DateTimeOffset now)
    {
        Days = Sorted(days);
        UpdatedAt = now;
    }

    public WorkDay? On(DayOfWeek day) => Days.FirstOrDefault(d => d.Day == day);

    /// <summary>
    /// A schedule needs at least one working day, each day once, start before end, and a break (both ends or neither)
    /// inside the hours.
    /// </summary>
    public static void Validate(Validator v, IReadOnlyList<WorkDay> days, Func<int, string> field)
    {
        if (days.Count == 0) v.Add("days", "must list at least one working day");
        var seen = new HashSet<DayOfWeek>();
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            if (!seen.Add(d.Day)) v.Add(field(i) + ".day_of_week", $"{d.Day} is listed twice");
            if (d.End <= d.Start) v.Add(field(i) + ".end", "must be after start");
            if (d.BreakStart is null != d.BreakEnd is null)
                v.Add(field(i) + (d.BreakStart is null ? ".break_start" : ".break_end"), "a break needs both its start and its end");
            else if (d.BreakStart is { } bs && d.BreakEnd is { } be)
            {
                if (be <= bs) v.Add(field(i) + ".break_end", "must be after break_start");
                else if (bs <= d.Start || be >= d.End) v.Add(field(i) + ".break_start", "the break must lie within the working hours");
            }
        }
    }

    private static List<WorkDay> Sorted(IEnumerable<WorkDay> days) =>
        days.OrderBy(d => d.Day == DayOfWeek.Sunday ? 7 : (int)d.Day).ToList();
}

/// <summary>
/// The regency default week, Perpres 21/2023: Monday to Friday, 37.5 hours without breaks, from 07.30; a 60-minute
/// break, 90 minutes on Friday. Mon–Thu 07:30–16:00 (break 12:00–13:00) is 4 × 7.5 h, Fri 07:30–16:30 (break
/// 11:30–13:00) is 7.5 h: 37.5 h. Berau's own normal hours, Friday especially, are unverified (reference §3 and §8
/// item 10): this is the initial data the migration writes, and HR changes it with SetWorkSchedule (empty unit code).
/// </summary>
public static class RegencyDefaultWeek
{
    private static readonly TimeOnly Start = new(7, 30);

    public static IReadOnlyList<WorkDay> Days { get; } =
    [
        new(DayOfWeek.Monday, Start, new(16, 0), new(12, 0), new(13, 0)),
        new(DayOfWeek.Tuesday, Start, new(16, 0), new(12, 0), new(13, 0)),
        new(DayOfWeek.Wednesday, Start, new(16, 0), new(12, 0), new(13, 0)),
        new(DayOfWeek.Thursday, Start, new(16, 0), new(12, 0), new(13, 0)),
        new(DayOfWeek.Friday, Start, new(16, 30), new(11, 30), new(13, 0)),
    ];
}
